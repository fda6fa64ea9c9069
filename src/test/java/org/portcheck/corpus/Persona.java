package org.portcheck.corpus;

import java.util.List;

/**
 * A made-up account holder: name, a real-looking service address whose ZIP belongs to its state, and telephone
 * numbers in the local area code (valid NANP: NXX-NXX, no N11, never 555-01XX).
 */
record Persona(String name, String businessName, String street, String unit, String city, String state, String zip,
               List<String> numbers) {

    Persona {
        numbers = List.copyOf(numbers);
    }

    String btn() {
        return numbers.get(0);
    }

    String firstName() {
        return name.substring(0, name.indexOf(' '));
    }

    String initials() {
        StringBuilder b = new StringBuilder();
        for (String part : name.split(" ")) {
            b.append(part.charAt(0));
        }
        return b.toString();
    }

    static final List<Persona> ALL = List.of(
            new Persona("Maria Alvarez", null, "1457 Waverley St", null, "Palo Alto", "CA", "94301",
                    List.of("6503182046", "6503182047")),
            new Persona("Daniel Okafor", null, "2208 Chatham Rd", null, "Springfield", "IL", "62704",
                    List.of("2175463390")),
            new Persona("Priya Raman", null, "4810 Avenue H", null, "Austin", "TX", "78751",
                    List.of("5124597731", "5124597738")),
            new Persona("Thomas Becker", null, "3325 SE Belmont St", null, "Portland", "OR", "97214",
                    List.of("5032324418")),
            new Persona("Linda Nguyen", null, "1640 Grape St", null, "Denver", "CO", "80220",
                    List.of("3033296157")),
            new Persona("Robert Hayes", null, "88 W Lane Ave", "Apt 3B", "Columbus", "OH", "43201",
                    List.of("6142948820")),
            new Persona("Angela Moretti", null, "2914 W Bay Ave", null, "Tampa", "FL", "33611",
                    List.of("8138372264", "8138372290")),
            new Persona("Kevin Walsh", null, "1215 Glenwood Ave", null, "Raleigh", "NC", "27605",
                    List.of("9198284473")),
            new Persona("Sofia Petrov", null, "5012 Ballard Ave NW", "Unit 204", "Seattle", "WA", "98107",
                    List.of("2067843365")),
            new Persona("Marcus Johnson", null, "3744 Bryant Ave S", null, "Minneapolis", "MN", "55409",
                    List.of("6128247106", "6128247119")),
            new Persona("Helen Fitzgerald", null, "71 Oxford St", null, "Rochester", "NY", "14607",
                    List.of("5854739152")),
            new Persona("James O'Connor", null, "5523 Walnut St", null, "Pittsburgh", "PA", "15232",
                    List.of("4126873340")),
            new Persona("Emily Larsen", null, "1810 Jefferson St", null, "Madison", "WI", "53711",
                    List.of("6082557428")),
            new Persona("Carlos Mendoza", null, "1122 N 15th St", null, "Boise", "ID", "83702",
                    List.of("2083369014")),
            new Persona("Grace Kim", null, "2540 E 6th St", null, "Tucson", "AZ", "85716",
                    List.of("5203236687", "5203236690")),
            new Persona("Alan Brooks", "Bayside Dental Group LLC", "410 Main St", "Ste 200", "Half Moon Bay", "CA",
                    "94019", List.of("6507264410", "6507264411")),
            new Persona("Nadia Haddad", "Haddad Hardware Inc", "1920 Lake St", null, "Minneapolis", "MN", "55408",
                    List.of("6128273350", "6128273351", "6128273352")),
            new Persona("William Turner", null, "605 Harrison Ave", null, "Lexington", "KY", "40508",
                    List.of("8592546631")),
            new Persona("Ruth Sandoval", null, "3317 Rio Grande Blvd NW", null, "Albuquerque", "NM", "87107",
                    List.of("5053441178")),
            new Persona("Peter Lindqvist", null, "47 Elm St", null, "Burlington", "VT", "05401",
                    List.of("8028624419")),
            // 20..39: more names, units written in several ways, ZIP+4
            new Persona("Jamal Washington", null, "742 Peachtree St NE", "Apt 1207", "Atlanta", "GA", "30308-1137",
                    List.of("4048921175")),
            new Persona("Olivia Chen", null, "2215 Woodward Ave", null, "Detroit", "MI", "48201",
                    List.of("3138330642", "3138330648")),
            new Persona("Brendan McCarthy", null, "19 Pleasant St", "Unit 3", "Worcester", "MA", "01609-2214",
                    List.of("5087524389")),
            new Persona("Aisha Rahman", "Rahman Family Pharmacy LLC", "1301 Bergenline Ave", null, "Union City", "NJ",
                    "07087", List.of("2018653320", "2018653321")),
            new Persona("Luis Ortega", null, "4122 Magazine St", null, "New Orleans", "LA", "70115",
                    List.of("5048957713")),
            new Persona("Hannah Schultz", null, "830 E 900 S", null, "Salt Lake City", "UT", "84105-1420",
                    List.of("8013224087")),
            new Persona("Derek Thompson", "Thompson Auto Repair", "2600 Broadway", "Bldg B", "Nashville", "TN", "37203",
                    List.of("6153274490", "6153274491")),
            new Persona("Mei Lin Wong", null, "55 Sutter St", "#912", "San Francisco", "CA", "94104-4302",
                    List.of("4153916620")),
            new Persona("Frank DiMarco", null, "1187 Farmington Ave", null, "West Hartford", "CT", "06107",
                    List.of("8605213384")),
            new Persona("Yolanda Price", null, "5410 Troost Ave", null, "Kansas City", "MO", "64110",
                    List.of("8163639926")),
            new Persona("Samuel Adeyemi", null, "3003 S Lamar Blvd", "Apt 215", "Austin", "TX", "78704-4788",
                    List.of("5124420917")),
            new Persona("Rebecca Goldstein", "Goldstein & Park CPAs", "100 N Charles St", "Suite 1400", "Baltimore",
                    "MD", "21201", List.of("4107522840", "4107522841", "4107522842")),
            new Persona("Victor Alvarado", null, "2750 E Sahara Ave", null, "Las Vegas", "NV", "89104",
                    List.of("7024571196")),
            new Persona("Kathleen O'Brien", null, "412 Main St", null, "Cedar Falls", "IA", "50613",
                    List.of("3192770385")),
            new Persona("Dmitri Volkov", null, "9 Beacon St", "Apt 4", "Boston", "MA", "02108-3302",
                    List.of("6177420153")),
            new Persona("Imani Carter", null, "1450 Assembly St", null, "Columbia", "SC", "29201",
                    List.of("8037791264")),
            new Persona("Roberto Salazar", "Salazar Landscaping", "2109 NW 23rd St", null, "Oklahoma City", "OK",
                    "73107", List.of("4055251873", "4055251874")),
            new Persona("Ethan Park", null, "604 W Michigan St", "Apt 12C", "Indianapolis", "IN", "46202",
                    List.of("3176380254")),
            new Persona("Patricia Lowe", null, "1516 Farnam St", null, "Omaha", "NE", "68102",
                    List.of("4023418861")),
            new Persona("Minh Tran", null, "7721 Bellaire Blvd", null, "Houston", "TX", "77036",
                    List.of("7137770422", "7137770429")));
}
