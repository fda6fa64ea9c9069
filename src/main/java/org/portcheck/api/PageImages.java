package org.portcheck.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.PagePictures;

/**
 * The pages of recent prechecks as small grey pictures, so the intake page and QA reports can draw the evidence boxes
 * on them. Bounded in count and age: a precheck's pictures are gone after {@code ttl} or when newer ones push them out.
 */
@ApplicationScoped
public class PageImages {

    @ConfigMapping(prefix = "portcheck.page-images")
    public interface Config {
        /** How many prechecks' pictures are kept. */
        @WithDefault("32")
        int prechecks();

        @WithDefault("15m")
        Duration ttl();

        /** Pictures are scaled down to at most this width in pixels. */
        @WithDefault("1000")
        int maxWidth();
    }

    /** One kept picture and how many of its pixels make one box unit of the page. */
    public record Picture(BufferedImage image, double pixelsPerUnit) {
    }

    private record Entry(long storedAt, Map<String, List<Picture>> documents) {
    }

    private final Config config;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false);

    @Inject
    public PageImages(Config config) {
        this.config = config;
    }

    /** Keeps small pictures of the documents' pages under the precheck's id. */
    public void keep(String id, Map<String, Document> documents) {
        Map<String, List<Picture>> pictures = new LinkedHashMap<>();
        documents.forEach((name, doc) -> pictures.put(name, doc.pages().stream().map(this::shrink).toList()));
        synchronized (entries) {
            entries.put(id, new Entry(System.nanoTime(), pictures));
            evict();
        }
    }

    public Optional<Picture> find(String id, String document, int page) {
        synchronized (entries) {
            evict();
            Entry e = entries.get(id);
            if (e == null || !e.documents().containsKey(document)) {
                return Optional.empty();
            }
            List<Picture> pages = e.documents().get(document);
            return page >= 1 && page <= pages.size() ? Optional.ofNullable(pages.get(page - 1)) : Optional.empty();
        }
    }

    private void evict() {
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.storedAt() > config.ttl().toNanos());
        while (entries.size() > config.prechecks()) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    private Picture shrink(Page page) {
        BufferedImage src = page.image();
        if (src == null) {
            return null;
        }
        BufferedImage small = PagePictures.fitWidth(src, config.maxWidth());
        double factor = small.getWidth() / (double) src.getWidth();
        return new Picture(small, page.imageScale() * factor);
    }
}
