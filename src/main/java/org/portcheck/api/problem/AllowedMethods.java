package org.portcheck.api.problem;

import io.quarkus.arc.Arc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each resource path answers, for the {@code Allow} header a 405 must carry (RFC 9110, 15.5.6). The
 * framework tells the methods on OPTIONS but leaves them off its 405, so they are read once from the resources' own
 * annotations: every {@code @Path} class among the beans, its methods' {@code @Path} and HTTP method.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final String PACKAGE = "org.portcheck.";
    /** A path parameter, {@code {id}} or {@code {id: regex}}: one segment either way here. */
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    @PostConstruct
    void read() {
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null || !type.getName().startsWith(PACKAGE)) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String method = httpMethod(m);
                if (method != null) {
                    Path sub = m.getAnnotation(Path.class);
                    routes.add(new Route(template(base.value(), sub == null ? "" : sub.value()), method));
                }
            }
        }
    }

    /**
     * The methods the path answers, sorted and comma-separated (HEAD where GET is, and OPTIONS, which the framework
     * answers for every resource); null for a path no resource serves.
     */
    public String allowFor(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route r : routes) {
            if (r.path().matcher(path).matches()) {
                methods.add(r.method());
                if (r.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Pattern template(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        java.util.regex.Matcher m = PARAMETER.matcher(joined);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(joined.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(joined.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
