package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SiteKeysTest {

    @Test
    void hostIsLowerCasedWithoutPortUserOrWww() {
        assertThat(SiteKeys.host("https://WWW.Example.COM:8443/a/b?c#d")).isEqualTo("example.com");
        assertThat(SiteKeys.host("http://user:pw@news.example.com./x")).isEqualTo("news.example.com");
        assertThat(SiteKeys.host("//cdn.example.org/x")).isEqualTo("cdn.example.org");
        assertThat(SiteKeys.host("http://[2001:db8::1]:80/")).isEqualTo("[2001:db8::1]");
        assertThat(SiteKeys.host("https://www./")).isEqualTo("www");
        assertThat(SiteKeys.host("https://www.www.example/")).isEqualTo("www.example");
        assertThat(SiteKeys.host("http://İSTANBUL.example/")).isEqualTo(
                "İSTANBUL.example".toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void hostIsEmptyWithoutAnAuthority() {
        assertThat(SiteKeys.host(null)).isEmpty();
        assertThat(SiteKeys.host("/relative/path")).isEmpty();
        assertThat(SiteKeys.host("mailto:someone@example.com")).isEmpty();
    }

    @Test
    void dirIsTheFirstFolderUnderTheRoot() {
        Path root = Path.of("crawl");
        assertThat(SiteKeys.dir(root, root.resolve("site-a/2024/page.txt"))).isEqualTo("site-a");
        assertThat(SiteKeys.dir(root, root.resolve("page.txt"))).isEqualTo(SiteKeyMode.ALL);
        assertThat(SiteKeys.dir(root, Path.of("elsewhere/x/y.txt"))).isEqualTo(SiteKeyMode.ALL);
        assertThat(SiteKeys.dir(null, Path.of("x"))).isEqualTo(SiteKeyMode.ALL);
    }

    @Test
    void modesPickTheirKeyAndHostFallsBackToDir() {
        Path root = Path.of("in");
        Path file = root.resolve("blog/p.html");
        assertThat(SiteKeyMode.HOST.keyOf("https://www.blog.example/p", root, file)).isEqualTo("blog.example");
        assertThat(SiteKeyMode.HOST.keyOf(null, root, file)).isEqualTo("blog");
        assertThat(SiteKeyMode.DIR.keyOf("https://www.blog.example/p", root, file)).isEqualTo("blog");
        assertThat(SiteKeyMode.NONE.keyOf("https://x.example/", root, file)).isEqualTo(SiteKeyMode.ALL);
        assertThat(SiteKeyMode.parse(" Host ")).isEqualTo(SiteKeyMode.HOST);
        assertThatThrownBy(() -> SiteKeyMode.parse("domain")).hasMessageContaining("domain");
    }
}
