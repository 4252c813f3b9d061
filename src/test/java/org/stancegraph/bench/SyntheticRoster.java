package org.stancegraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.stancegraph.bench.SyntheticTopic.Area;

/**
 * The invented people and institutions of a synthetic corpus: people with invented names, each
 * with a country and an office, plus the governments of the countries and invented parties. The
 * roster depends only on the seed and the number of people.
 *
 * <pre>{@code
 * SyntheticRoster roster = SyntheticRoster.of(42, 300);
 * SyntheticRoster.Actor first = roster.people().get(0);
 * }</pre>
 */
final class SyntheticRoster {

    /** A country a person serves: the adjective news text uses, and the city datelines name. */
    record Country(String name, String adjective, String capital) {}

    /** What an actor is, which decides how the text introduces it. */
    enum Kind {
        MINISTER,
        LAWMAKER,
        OPPOSITION_LEADER,
        MAYOR,
        GOVERNMENT,
        PARTY
    }

    /**
     * One actor. {@code index} numbers every actor of the roster (people first); people have a
     * first name, a surname and a gender (for pronouns); ministers an area; lawmakers a party.
     */
    record Actor(
            int index,
            Kind kind,
            String first,
            String surname,
            boolean female,
            Country country,
            Area area,
            String party) {

        boolean person() {
            return kind != Kind.GOVERNMENT && kind != Kind.PARTY;
        }

        /** The name the text gives: "Ines Varnholt", "Danish government", "Civic Renewal party". */
        String label() {
            return switch (kind) {
                case GOVERNMENT -> country.adjective() + " government";
                case PARTY -> party + " party";
                default -> first + " " + surname;
            };
        }
    }

    /** Real countries the lexicon knows, without those whose offices the registry holds. */
    static final List<Country> COUNTRIES = List.of(
            new Country("Denmark", "Danish", "COPENHAGEN"),
            new Country("Norway", "Norwegian", "OSLO"),
            new Country("Sweden", "Swedish", "STOCKHOLM"),
            new Country("Finland", "Finnish", "HELSINKI"),
            new Country("Netherlands", "Dutch", "THE HAGUE"),
            new Country("Belgium", "Belgian", "BRUSSELS"),
            new Country("Austria", "Austrian", "VIENNA"),
            new Country("Portugal", "Portuguese", "LISBON"),
            new Country("Ireland", "Irish", "DUBLIN"),
            new Country("Greece", "Greek", "ATHENS"),
            new Country("Czech Republic", "Czech", "PRAGUE"),
            new Country("Romania", "Romanian", "BUCHAREST"),
            new Country("Bulgaria", "Bulgarian", "SOFIA"),
            new Country("Estonia", "Estonian", "TALLINN"),
            new Country("Latvia", "Latvian", "RIGA"),
            new Country("Lithuania", "Lithuanian", "VILNIUS"),
            new Country("Croatia", "Croatian", "ZAGREB"),
            new Country("Slovenia", "Slovenian", "LJUBLJANA"),
            new Country("Spain", "Spanish", "MADRID"),
            new Country("Germany", "German", "BERLIN"),
            new Country("Canada", "Canadian", "OTTAWA"),
            new Country("Switzerland", "Swiss", "BERN"));

    /** Invented party names, written "the Civic Renewal party". */
    static final List<String> PARTIES = List.of(
            "Civic Renewal",
            "Green Horizon",
            "Social Compass",
            "Liberal Beacon",
            "Agrarian Voice",
            "New Meridian",
            "Common Hearth",
            "Forward Citizens",
            "Heartland Union",
            "Progress Bridge",
            "Coastal League",
            "Open Future");

    private static final List<String> WOMEN = List.of(
            "Ines",
            "Maren",
            "Liesel",
            "Ottilie",
            "Sanne",
            "Agnese",
            "Beatrix",
            "Clara",
            "Dagny",
            "Elin",
            "Freja",
            "Greta",
            "Hanne",
            "Ilse",
            "Jolien",
            "Katja",
            "Lotte",
            "Marit",
            "Nadia",
            "Orla",
            "Petra",
            "Ragna",
            "Silke",
            "Tilde",
            "Vera",
            "Wiebke",
            "Yvette",
            "Zofia",
            "Alma",
            "Brigitte",
            "Carla",
            "Delia",
            "Edda",
            "Fenna",
            "Gisela",
            "Hedda",
            "Irma",
            "Janne",
            "Kaja",
            "Linnea",
            "Mirela",
            "Noor",
            "Oona",
            "Paula",
            "Rosa",
            "Sigrid",
            "Teodora",
            "Aino");

    private static final List<String> MEN = List.of(
            "Anders",
            "Bastian",
            "Casimir",
            "Dorian",
            "Emil",
            "Fabian",
            "Gunnar",
            "Henrik",
            "Ivo",
            "Jonas",
            "Kasper",
            "Lorenz",
            "Matthias",
            "Niels",
            "Oskar",
            "Pavel",
            "Rasmus",
            "Sander",
            "Tobias",
            "Ulrik",
            "Willem",
            "Aurel",
            "Bruno",
            "Cyril",
            "Dario",
            "Elias",
            "Florin",
            "Gustav",
            "Hugo",
            "Ilja",
            "Jakob",
            "Konrad",
            "Leopold",
            "Mirko",
            "Nando",
            "Otto",
            "Piet",
            "Radu",
            "Stellan",
            "Teodor",
            "Valentin",
            "Arvo",
            "Benedikt",
            "Christoph");

    /** Syllables invented surnames are made of ("Varn" + "holt"), so the names exist nowhere else. */
    private static final List<String> SURNAME_STARTS = List.of(
            "Ald", "Bram", "Carv", "Dorn", "Eck", "Falk", "Gald", "Hask", "Ives", "Jarv", "Kess", "Lom", "Mald", "Nyb",
            "Orl", "Pell", "Quarn", "Rond", "Stav", "Tarn", "Ulv", "Varn", "Wend", "Yst", "Zell", "Brem", "Corv",
            "Dres", "Elv", "Fros", "Grav", "Hend", "Isk", "Kors", "Lenn", "Mert", "Norv", "Oss", "Pral", "Ress");

    private static final List<String> SURNAME_ENDS = List.of(
            "berg", "holt", "ström", "vik", "sen", "ford", "mann", "ander", "ell", "ino", "escu", "ić", "ski", "aar",
            "ley", "ton", "wick", "quist", "dal", "heim", "ard", "ens", "oux", "ani", "ero", "etti");

    /** At most this many people: every surname is distinct, so that a surname names one person. */
    static final int MAX_PEOPLE = 800;

    private final List<Actor> people;
    private final List<Actor> institutions;

    private SyntheticRoster(List<Actor> people, List<Actor> institutions) {
        this.people = List.copyOf(people);
        this.institutions = List.copyOf(institutions);
    }

    /** The roster of {@code count} invented people for {@code seed}, and the institutions. */
    static SyntheticRoster of(long seed, int count) {
        if (count < 20 || count > MAX_PEOPLE) {
            throw new IllegalArgumentException("people must be between 20 and " + MAX_PEOPLE + ": " + count);
        }
        Random random = new Random(Mix.of(seed, 0x505E));
        Set<String> surnames = new HashSet<>();
        List<Actor> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean female = random.nextBoolean();
            String surname;
            do {
                surname = pick(random, SURNAME_STARTS) + pick(random, SURNAME_ENDS);
            } while (!surnames.add(surname));
            String first = pick(random, female ? WOMEN : MEN);
            Country country = pick(random, COUNTRIES);
            double role = random.nextDouble();
            Kind kind = role < 0.5
                    ? Kind.MINISTER
                    : role < 0.8 ? Kind.LAWMAKER : role < 0.9 ? Kind.OPPOSITION_LEADER : Kind.MAYOR;
            Area area = kind == Kind.MINISTER ? pick(random, List.of(Area.values())) : null;
            String party = kind == Kind.LAWMAKER ? pick(random, PARTIES) : null;
            people.add(new Actor(i, kind, first, surname, female, country, area, party));
        }
        List<Actor> institutions = new ArrayList<>();
        for (Country country : COUNTRIES) {
            institutions.add(
                    new Actor(count + institutions.size(), Kind.GOVERNMENT, null, null, false, country, null, null));
        }
        for (String party : PARTIES) {
            Country country = pick(random, COUNTRIES);
            institutions.add(
                    new Actor(count + institutions.size(), Kind.PARTY, null, null, false, country, null, party));
        }
        return new SyntheticRoster(people, institutions);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The invented people, by index. */
    List<Actor> people() {
        return people;
    }

    /** The governments and parties, numbered after the people. */
    List<Actor> institutions() {
        return institutions;
    }

    /** The government of {@code country}. */
    Actor governmentOf(Country country) {
        return institutions.stream()
                .filter(a -> a.kind() == Kind.GOVERNMENT && a.country().equals(country))
                .findFirst()
                .orElseThrow();
    }

    /** Every actor: the people, then the institutions. */
    List<Actor> all() {
        List<Actor> all = new ArrayList<>(people);
        all.addAll(institutions);
        return all;
    }
}
