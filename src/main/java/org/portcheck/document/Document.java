package org.portcheck.document;

import java.util.List;
import java.util.Map;

/**
 * A whole document as read. {@code formFields} holds a fillable PDF's AcroForm values by field name (empty for
 * anything else); {@code formFieldBoxes} where each field's widget is, on which page. {@code ocrMillis} is the time
 * spent inside Tesseract.
 */
public record Document(List<Page> pages, Source source, Map<String, String> formFields,
                       Map<String, FieldPlace> formFieldBoxes, long ocrMillis) {

    public Document {
        pages = List.copyOf(pages);
        formFields = Map.copyOf(formFields);
        formFieldBoxes = Map.copyOf(formFieldBoxes);
    }

    /** Where a form field's widget sits. */
    public record FieldPlace(int page, Box box) {
    }
}
