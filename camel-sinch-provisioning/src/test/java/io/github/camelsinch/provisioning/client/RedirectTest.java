package io.github.camelsinch.provisioning.client;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Redirects are not followed, so the bearer token cannot be carried to another host. */
class RedirectTest {

    @Test
    void a302ToAnotherServerIsNotFollowedAndThatServerSeesNothing() {
        try (StubServer api = StubServer.start(); StubServer elsewhere = StubServer.start();
             SinchHttpTransport transport = new SinchHttpTransport()) {
            api.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok-secret-value", 3600));
            api.always("GET", "/v1/", StubResponse.status(302)
                    .withHeader("Location", elsewhere.baseUrl() + "/v1/projects/p/whatsapp/senders/s"));

            ApiCallException e = assertThrows(ApiCallException.class,
                    () -> transport.client(settings(api).build()).execute(getSender("p", "s")));

            assertEquals(302, e.httpStatus());
            assertEquals(ErrorKind.CLIENT, e.kind());
            assertEquals(1, api.count("GET", "/v1/"));
            assertEquals(0, elsewhere.requests().size());
        }
    }
}
