package app.reconcile.ui.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses out of typed, pasted and dropped text. */
class WebAddressesTest {

    @Test
    void eachLineIsOneAddressBlankLinesAndRepeatsAreDropped() {
        assertThat(WebAddresses.in(" https://a.example/1 \r\n\nhttps://b.example/2\nhttps://a.example/1"))
                .containsExactly("https://a.example/1", "https://b.example/2");
    }

    @Test
    void addressesPastedOnOneLineAreSplitAtSpaces() {
        assertThat(WebAddresses.in("https://a.example/1 https://b.example/2"))
                .containsExactly("https://a.example/1", "https://b.example/2");
    }

    @Test
    void whatIsNoAddressIsKeptSoTheEditorLearnsWhy() {
        assertThat(WebAddresses.in("www.example.org/story")).containsExactly("www.example.org/story");
    }

    @Test
    void aBrowserUriListDropGivesItsLinksWithoutComments() {
        assertThat(WebAddresses.dropped(null, "# Ferry strikes pier\r\nhttps://a.example/ferry\r\n"))
                .containsExactly("https://a.example/ferry");
    }

    @Test
    void theDraggedUrlWinsOverTheLinkText() {
        assertThat(WebAddresses.dropped("https://a.example/ferry", "Ferry strikes pier"))
                .containsExactly("https://a.example/ferry");
    }

    @Test
    void droppedTextWithoutLinksIsNoRequestToFetch() {
        assertThat(WebAddresses.dropped(null, "Four of the injured were children.")).isEmpty();
        assertThat(WebAddresses.dropped(null, null)).isEmpty();
    }
}
