package app.staffroom.browser;

/** The browser window sizes every screen is checked at: a desktop, a tablet and a phone. */
enum WindowSize {
    DESKTOP(1400, 900), TABLET(768, 1024), PHONE(390, 844);

    final int width;
    final int height;

    WindowSize(int width, int height) {
        this.width = width;
        this.height = height;
    }
}
