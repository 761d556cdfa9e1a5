package dev.sslform.plugin.cli;

public final class Main {
    public static void main(String[] args) {
    }
}
