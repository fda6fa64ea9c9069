package org.portcheck.document;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's renderer, but a plain 8-bit DeviceGray image (a scanned page) is handed to Java2D as the grey picture it
 * is. PDFBox would first copy it pixel by pixel into an RGB picture with three equal channels, which is most of the
 * time it takes to render a scanned page; drawn onto the grey page, both give the same levels.
 */
final class GreyPdfRenderer extends PDFRenderer {

    GreyPdfRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        PageDrawer drawer = new GreyPageDrawer(parameters);
        drawer.setAnnotationFilter(getAnnotationsFilter());
        return drawer;
    }

    private static final class GreyPageDrawer extends PageDrawer {

        GreyPageDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            super.drawImage(plainGrey(image) ? new PlainGreyImage((PDImageXObject) image) : image);
        }

        /** Only what PDFBox would draw straight from its RGB copy: no mask, decode array, transfer or JPEG 2000. */
        private boolean plainGrey(PDImage image) throws IOException {
            if (!(image instanceof PDImageXObject x) || x.isStencil() || x.getOptionalContent() != null
                    || x.getBitsPerComponent() != 8 || x.getColorSpace() != PDDeviceGray.INSTANCE) {
                return false;
            }
            COSDictionary dict = x.getCOSObject();
            if (dict.containsKey(COSName.MASK) || dict.containsKey(COSName.SMASK)
                    || dict.containsKey(COSName.SMASK_IN_DATA) || !defaultDecode(x.getDecode())
                    || x.getStream().getFilters().contains(COSName.JPX_DECODE)) {
                return false;
            }
            PDGraphicsState state = getGraphicsState();
            return state.getSoftMask() == null && state.getTransfer() == null;
        }

        private static boolean defaultDecode(COSArray decode) {
            return decode == null || Arrays.equals(decode.toFloatArray(), new float[] {0, 1});
        }
    }

    /**
     * The grey image as PDFBox reads it, kept grey. PDFBox's image class is final, so this hands every other question
     * to it through PDImage.
     */
    private static final class PlainGreyImage implements PDImage {

        private final PDImageXObject image;

        PlainGreyImage(PDImageXObject image) {
            this.image = image;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return getImage(null, 1);
        }

        /** The whole image at full resolution read as grey, as PDFBox reads it; anything else PDFBox's own way. */
        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            if (region != null || subsampling != 1) {
                return image.getImage(region, subsampling);
            }
            if (image.isEmpty()) {
                throw new IOException("Image stream is empty");
            }
            int w = image.getWidth();
            int h = image.getHeight();
            if (w <= 0 || h <= 0) {
                throw new IOException("image width and height must be positive");
            }
            BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] bank = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
            try (InputStream in = image.createInputStream(new DecodeOptions(1))) {
                // a short stream leaves the rest black (zero), as PDFBox leaves it
                in.readNBytes(bank, 0, bank.length);
            }
            return grey;
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return image.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return image.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(java.awt.Paint paint) throws IOException {
            return image.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return image.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return image.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return image.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return image.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return false;
        }

        @Override
        public void setStencil(boolean isStencil) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int getBitsPerComponent() {
            return image.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return image.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int getHeight() {
            return image.getHeight();
        }

        @Override
        public void setHeight(int height) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int getWidth() {
            return image.getWidth();
        }

        @Override
        public void setWidth(int width) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void setDecode(COSArray decode) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public COSArray getDecode() {
            return image.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return image.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public String getSuffix() {
            return image.getSuffix();
        }

        @Override
        public COSStream getCOSObject() {
            return image.getCOSObject();
        }
    }
}
