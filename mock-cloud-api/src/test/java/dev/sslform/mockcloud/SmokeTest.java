package dev.sslform.mockcloud;

import dev.sslform.mockcloud.testkit.SignedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

class SmokeTest {
    static MockCloud server;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("smoke", Instant.parse("2026-12-01T09:05:00Z")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_signed_describe_answers_with_an_envelope() {
        SignedClient.of(server).call("DescribeDBInstances", "{}").then().statusCode(200)
                .body("Response.TotalCount", equalTo(0)).body("Response.RequestId", notNullValue());
    }
}
