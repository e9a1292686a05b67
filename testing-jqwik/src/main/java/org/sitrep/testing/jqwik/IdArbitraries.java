package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.TextArbitraries.idTokens;

import net.jqwik.api.Arbitrary;
import org.sitrep.AidPackageId;
import org.sitrep.CasualtyId;
import org.sitrep.ClaimId;
import org.sitrep.IncidentId;
import org.sitrep.PostId;
import org.sitrep.ReportId;

/** Generators of the ids of reports and their parts. */
final class IdArbitraries {
  private IdArbitraries() {}

  static Arbitrary<ReportId> reportIds() {
    return idTokens().map(ReportId::of);
  }

  static Arbitrary<IncidentId> incidentIds() {
    return idTokens().map(IncidentId::of);
  }

  static Arbitrary<ClaimId> claimIds() {
    return idTokens().map(ClaimId::of);
  }

  static Arbitrary<CasualtyId> casualtyIds() {
    return idTokens().map(CasualtyId::of);
  }

  static Arbitrary<AidPackageId> aidPackageIds() {
    return idTokens().map(AidPackageId::of);
  }

  static Arbitrary<PostId> postIds() {
    return idTokens().map(PostId::of);
  }
}
