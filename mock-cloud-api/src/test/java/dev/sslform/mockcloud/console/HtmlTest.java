package dev.sslform.mockcloud.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HtmlTest {
    @Test
    void every_argument_is_escaped_unless_it_is_html_already() {
        Html inner = Html.of("<b>{}</b>", "a & b");
        assertEquals("<td title=\"&quot;x&#39;\">&lt;script&gt;alert(1)&lt;/script&gt; <b>a &amp; b</b> 42</td>",
                Html.of("<td title=\"{}\">{} {} {}</td>", "\"x'", "<script>alert(1)</script>", inner, 42).toString());
    }

    @Test
    void null_reads_as_empty_and_holes_must_match_arguments() {
        assertEquals("<i></i>", Html.of("<i>{}</i>", (Object) null).toString());
        assertThrows(IllegalArgumentException.class, () -> Html.of("<i>{}</i>"));
        assertThrows(IllegalArgumentException.class, () -> Html.of("<i></i>", "extra"));
    }
}
