package dev.sslform.mockcloud.testkit;

import dev.sslform.mockcloud.MockCloud;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The {@code /_mock} admin surface over REST Assured, for arranging state in contract tests. */
public final class MockAdmin {
    private final String url;

    public MockAdmin(String url) {
        this.url = url;
    }

    public static MockAdmin of(MockCloud server) {
        return new MockAdmin(server.url());
    }

    /** Creates an instance from a JSON spec and returns its id; fails unless the answer is 201. */
    public String create(String json) {
        return post("/_mock/instances", json).then().statusCode(201).extract().path("InstanceId");
    }

    /** Creates an instance in {@code region} named {@code name}. */
    public String create(String region, String name) {
        return create("{\"Region\":\"" + region + "\",\"Name\":\"" + name + "\"}");
    }

    public Response post(String path, String json) {
        return RestAssured.given().contentType("application/json").body(json).post(url + path);
    }

    public Response get(String path) {
        return RestAssured.given().get(url + path);
    }

    public void reset() {
        RestAssured.given().post(url + "/_mock/reset").then().statusCode(200);
    }

    public void advance(String duration) {
        post("/_mock/clock", "{\"advance\":\"" + duration + "\"}").then().statusCode(200);
    }
}
