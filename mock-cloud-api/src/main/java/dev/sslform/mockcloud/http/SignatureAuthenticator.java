package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies TC3-HMAC-SHA256 signatures against the stored key pairs. Skew is measured on the
 * real clock, never the virtual one: clients sign with their own wall-clock time.
 */
final class SignatureAuthenticator implements Authenticator {
    private final Tc3Verifier verifier;
    private final Clock realClock;

    SignatureAuthenticator(Accounts accounts, Clock realClock) {
        this.verifier = new Tc3Verifier(id -> accounts.bySecretId(id).map(Account::secretKey));
        this.realClock = realClock;
    }

    @Override
    public String authenticate(String method, String rawQuery, Function<String, String> header, byte[] body) {
        SignedRequest request = new SignedRequest() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public String rawQueryString() {
                return rawQuery;
            }

            @Override
            public Optional<String> header(String name) {
                return Optional.ofNullable(header.apply(name));
            }

            @Override
            public byte[] body() {
                return body;
            }
        };
        return verifier.verify(request, realClock.instant()).secretId();
    }
}
