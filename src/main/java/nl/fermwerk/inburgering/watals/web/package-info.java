/** The what-if replay's API ({@code /api/beleid/watals}) and page ({@code /beleid/watals}), beleidsmedewerkers only. */
package nl.fermwerk.inburgering.watals.web;
