package org.portcheck.qa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.portcheck.document.OcrInput;

/**
 * The raw {@code tesseract} command on the very page images the document stage produces: each written to PNG and
 * read with {@code tesseract page.png - --dpi N}, one page after another, one OpenMP thread, as a baseline.
 */
public final class RawTesseract {

    private static final long PAGE_TIMEOUT_SECONDS = 120;

    private final Path scratch;
    private int written;

    public RawTesseract(Path scratch) {
        this.scratch = scratch;
    }

    /** Wall milliseconds of each page's tesseract run, in page order. */
    public List<Double> time(List<OcrInput> pages) {
        List<Double> ms = new ArrayList<>();
        for (OcrInput page : pages) {
            Path png = scratch.resolve("page-" + (++written) + ".png");
            try {
                ImageIO.write(page.grey(), "png", png.toFile());
                ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), "-", "--dpi",
                        Integer.toString(page.dpi()));
                pb.environment().put("OMP_THREAD_LIMIT", "1");
                pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                long start = System.nanoTime();
                Process p = pb.start();
                if (!p.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("tesseract took over " + PAGE_TIMEOUT_SECONDS + " s on " + png);
                }
                ms.add((System.nanoTime() - start) / 1e6);
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("tesseract failed (" + p.exitValue() + ") on " + png);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not run tesseract on " + png, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException e) {
                    // scratch folder is temporary anyway
                }
            }
        }
        return ms;
    }
}
