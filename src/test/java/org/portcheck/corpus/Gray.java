package org.portcheck.corpus;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/**
 * A grey image as floats (0 black .. 255 white), for the degradations the corpus applies: blur, smear, noise,
 * rotation, levels. Plain loops, no native code, so the output is the same on every JVM.
 */
final class Gray {

    final int w;
    final int h;
    final float[] v;

    Gray(int w, int h, float fill) {
        this.w = w;
        this.h = h;
        this.v = new float[w * h];
        java.util.Arrays.fill(v, fill);
    }

    static Gray of(BufferedImage img) {
        BufferedImage g = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            g = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g2 = g.createGraphics();
            g2.drawImage(img, 0, 0, null);
            g2.dispose();
        }
        byte[] px = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        Gray out = new Gray(g.getWidth(), g.getHeight(), 0);
        for (int i = 0; i < px.length; i++) {
            out.v[i] = px[i] & 0xff;
        }
        return out;
    }

    /** One channel (0 red, 1 green, 2 blue) of a colour image. */
    static Gray channel(BufferedImage img, int c) {
        Gray out = new Gray(img.getWidth(), img.getHeight(), 0);
        int shift = 16 - 8 * c;
        for (int y = 0; y < out.h; y++) {
            for (int x = 0; x < out.w; x++) {
                out.v[y * out.w + x] = (img.getRGB(x, y) >> shift) & 0xff;
            }
        }
        return out;
    }

    static BufferedImage rgb(Gray r, Gray g, Gray b) {
        BufferedImage out = new BufferedImage(r.w, r.h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < r.h; y++) {
            for (int x = 0; x < r.w; x++) {
                int i = y * r.w + x;
                out.setRGB(x, y, (clamp(r.v[i]) << 16) | (clamp(g.v[i]) << 8) | clamp(b.v[i]));
            }
        }
        return out;
    }

    BufferedImage toImage() {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) clamp(v[i]);
        }
        return out;
    }

    /** Bilevel (1 bit) image: ink where the grey is below {@code threshold}. */
    BufferedImage toBilevel(float threshold) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        java.awt.image.WritableRaster r = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, v[y * w + x] < threshold ? 0 : 1);
            }
        }
        return out;
    }

    static int clamp(float f) {
        return f < 0 ? 0 : f > 255 ? 255 : Math.round(f);
    }

    Gray copy() {
        Gray c = new Gray(w, h, 0);
        System.arraycopy(v, 0, c.v, 0, v.length);
        return c;
    }

    /** Separable Gaussian blur. */
    Gray blur(double sigma) {
        if (sigma <= 0.05) {
            return copy();
        }
        int r = (int) Math.ceil(sigma * 3);
        float[] k = new float[2 * r + 1];
        float sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return convolveH(k).convolveV(k);
    }

    /** Horizontal motion smear over {@code length} pixels. */
    Gray smearH(int length) {
        float[] k = new float[length];
        java.util.Arrays.fill(k, 1f / length);
        return convolveH(k);
    }

    private Gray convolveH(float[] k) {
        int r = k.length / 2;
        Gray out = new Gray(w, h, 0);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = 0; i < k.length; i++) {
                    int xx = Math.min(w - 1, Math.max(0, x + i - r));
                    s += k[i] * v[row + xx];
                }
                out.v[row + x] = s;
            }
        }
        return out;
    }

    private Gray convolveV(float[] k) {
        int r = k.length / 2;
        Gray out = new Gray(w, h, 0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = 0; i < k.length; i++) {
                    int yy = Math.min(h - 1, Math.max(0, y + i - r));
                    s += k[i] * v[yy * w + x];
                }
                out.v[y * w + x] = s;
            }
        }
        return out;
    }

    /** Adds Gaussian noise in place. */
    Gray noise(Random rnd, double sigma) {
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (rnd.nextGaussian() * sigma);
        }
        return this;
    }

    /** Maps 0..255 linearly onto lo..hi in place (paper tone, faded toner, washed-out photos). */
    Gray levels(float lo, float hi) {
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + v[i] * (hi - lo) / 255f;
        }
        return this;
    }

    /** Rotation about the centre, keeping the size, filling the uncovered corners with {@code bg}. */
    Gray rotate(double degrees, float bg) {
        BufferedImage src = toImage();
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = dst.createGraphics();
        g.setColor(new java.awt.Color(clamp(bg), clamp(bg), clamp(bg)));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0), null);
        g.dispose();
        return of(dst);
    }

    static BufferedImage scale(BufferedImage src, int nw, int nh) {
        BufferedImage s = src;
        int type = src.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        // halve first when shrinking a lot, so bicubic does not alias fine print away
        while (s.getWidth() / 2 >= nw && s.getHeight() / 2 >= nh) {
            s = scaleOnce(s, s.getWidth() / 2, s.getHeight() / 2, type);
        }
        return scaleOnce(s, nw, nh, type);
    }

    private static BufferedImage scaleOnce(BufferedImage src, int nw, int nh, int type) {
        BufferedImage dst = new BufferedImage(nw, nh, type);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, nw, nh, null);
        g.dispose();
        return dst;
    }
}
