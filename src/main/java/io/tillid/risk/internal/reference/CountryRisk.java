package io.tillid.risk.internal.reference;

/**
 * One jurisdiction's row of a country risk table.
 *
 * @param code ISO 3166-1 alpha-2
 * @param baselScore the Basel AML Index score (0–10, higher is riskier), or null when not rated
 * @param fatfBlack on the FATF's call-for-action list
 * @param fatfGrey on the FATF's increased-monitoring list
 * @param euHighRisk on the EU's list of high-risk third countries
 */
public record CountryRisk(String code, Double baselScore, boolean fatfBlack, boolean fatfGrey, boolean euHighRisk) {}
