package app.staffroom.demo;

import app.staffroom.role.BuiltInRole;
import app.staffroom.team.TeammateStatus;
import java.util.List;

/** One teammate of the demo data set. Locations are given by index; the first is the default. */
record DemoPerson(String firstName, String lastName, BuiltInRole role, TeammateStatus status,
                  boolean provider, List<Integer> locations) {

    static DemoPerson of(String firstName, String lastName, BuiltInRole role, TeammateStatus status,
                         boolean provider, Integer... locations) {
        return new DemoPerson(firstName, lastName, role, status, provider, List.of(locations));
    }

    boolean isSamePersonAs(DemoPerson other) {
        return firstName.equals(other.firstName) && lastName.equals(other.lastName);
    }

    String email(String domain) {
        return (firstName + "." + lastName).toLowerCase().replaceAll("[^a-z.]", "") + "@" + domain;
    }
}
