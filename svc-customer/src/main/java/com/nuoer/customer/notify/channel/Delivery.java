package com.nuoer.customer.notify.channel;

/**
 * Outcome of one send through a provider: {@code thirdId} is the provider's message id, {@code error} a short
 * reason (never the message text), {@code attempts} how many tries it took.
 */
public record Delivery(boolean ok, String thirdId, String error, int attempts) {

    public static Delivery sent(String thirdId, int attempts) {
        return new Delivery(true, thirdId, null, attempts);
    }

    public static Delivery failed(String error, int attempts) {
        return new Delivery(false, null, error == null ? "unknown error" : error, attempts);
    }
}
