package org.portcheck.config;

/** placeholder: replaced by the codes branch */
public class RulesDirectory {
    public java.util.Map<String, String> readAll(String suffix) { throw new UnsupportedOperationException(); }
}
