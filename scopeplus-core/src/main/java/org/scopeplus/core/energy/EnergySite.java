package org.scopeplus.core.energy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A site of an SME: a place with meters, PV arrays and tariffs, in an org unit of the tenant, with
 * its time zone (an IANA name such as {@code Asia/Shanghai}) for local meter timestamps and its
 * position for the solar models.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param region where the site draws its grid electricity (ISO 3166, e.g. {@code CN-ZJ}, or a grid
 *     such as {@code CN-GRID-EAST}), selecting its grid factor; null when not given
 */
public record EnergySite(
    String id,
    String name,
    String orgUnit,
    String timeZone,
    double latitude,
    double longitude,
    String region) {

  /** A site without a region. */
  public EnergySite(
      String id, String name, String orgUnit, String timeZone, double latitude, double longitude) {
    this(id, name, orgUnit, timeZone, latitude, longitude, null);
  }

  /** Why the site cannot be kept, if it cannot. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank() || name.length() > 200) {
      return Optional.of("a site has a name of 1 to 200 characters");
    }
    if (timeZone == null || timeZone.isBlank() || timeZone.length() > 60) {
      return Optional.of("give the site's time zone, e.g. Asia/Shanghai");
    }
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return Optional.of(
          "time zone " + timeZone + " is not a known zone; write e.g. Asia/Shanghai");
    }
    if (!(latitude >= -90 && latitude <= 90)) {
      return Optional.of("latitude lies between -90 and 90 degrees");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      return Optional.of("longitude lies between -180 and 180 degrees");
    }
    if (region != null
        && !region.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?|[A-Z]{2}-GRID-[A-Z]{1,12}|GLOBAL")) {
      return Optional.of(
          "region "
              + region
              + " is not an ISO 3166 code such as CN, CN-ZJ or GB, a grid such as"
              + " CN-GRID-EAST, or GLOBAL");
    }
    return Optional.empty();
  }

  /** The site's zone; call after {@link #refusal()} is empty. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
