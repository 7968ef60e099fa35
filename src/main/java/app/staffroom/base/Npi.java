package app.staffroom.base;

/** The US National Provider Identifier: 10 digits, the last a Luhn check digit over 80840 and the first nine. */
public final class Npi {

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (!npi.matches("[0-9]{10}")) {
            return false;
        }
        String digits = "80840" + npi.substring(0, 9);
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }
}
