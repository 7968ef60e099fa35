package app.staffroom.base;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** A stored photo (always JPEG, see the profile's photo check) as a {@code data:} URL for an image or avatar. */
public final class JpegDataUrl {

    private JpegDataUrl() {
    }

    /** Null without a photo. */
    public static @Nullable String of(byte @Nullable [] jpeg) {
        return jpeg == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
    }
}
