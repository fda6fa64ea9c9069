package org.portcheck.extract;

import java.util.List;

/** The port request as the customer typed it (the API's {@code order} part). Every field may be null. */
public record Order(List<String> numbers, String btn, String accountName, String businessName, AccountType accountType,
                    String authorizedPerson, Address serviceAddress, String carrier, String accountNumber, String pin,
                    String ssnLast4, InternetConnection internetConnection) {

    public Order {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    public enum AccountType { RESIDENTIAL, BUSINESS }

    public enum InternetConnection { CABLE, DSL, FIBER, SATELLITE, FIXED_WIRELESS, CELLULAR, OTHER }

    @Override
    public String toString() {
        // PINs and SSN digits never leave through a log line or an exception message.
        return "Order[numbers=" + numbers.size() + ", carrier=" + carrier + ", accountType=" + accountType + "]";
    }
}
