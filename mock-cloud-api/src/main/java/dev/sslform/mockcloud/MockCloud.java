package dev.sslform.mockcloud;

public final class MockCloud {
    public static void main(String[] args) {
    }
}
