/**
 * The order and names of a new address's fields, by the address's country (issue 16): most of
 * Europe writes the postal code before the city on one line ("10117 Berlin"), Japan goes from
 * the postal code and prefecture down to the street, the US, Australia and Ireland end with
 * city, state (or county) and postal code. Pure: the fieldset renders it, the tests pin it.
 * The values keep Twilio's names (street, city, region, postal_code, iso_country) whatever the
 * order; only what the customer sees changes.
 */

export type AddressPart =
  "customerName" | "street" | "streetSecondary" | "city" | "region" | "postalCode" | "isoCountry";

/** What the region is called there (keys of the "Address" catalog's `region`). */
export type RegionName = "generic" | "state" | "prefecture" | "province" | "county";
/** What the postal code is called there (keys of the catalog's `postalCode`). */
export type PostalName = "generic" | "zip" | "postcode" | "eircode";
/** The city line (Japan's is city, ward, town or village). */
export type CityName = "generic" | "municipality";
/** The street line (Japan's is the block and building number). */
export type StreetName = "generic" | "block";

export type LayoutStyle = "postal-first" | "japan" | "city-first";

export interface AddressLayout {
  style: LayoutStyle;
  /** The address lines after the country, in order; parts in one row share a line. */
  rows: AddressPart[][];
  names: { region: RegionName; postalCode: PostalName; city: CityName; street: StreetName };
}

/** Postal code, then city: continental Europe and others that write "10117 Berlin". */
const POSTAL_FIRST = new Set(
  "AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IS IT LI LT LU LV MC MT NL NO PL PT RO SE SI SK BR MX AR CL".split(
    " ",
  ),
);

const REGION_NAMES: Record<string, RegionName> = {
  US: "state",
  AU: "state",
  BR: "state",
  MX: "state",
  JP: "prefecture",
  CA: "province",
  IE: "county",
  GB: "county",
};

const POSTAL_NAMES: Record<string, PostalName> = {
  US: "zip",
  GB: "postcode",
  AU: "postcode",
  IE: "eircode",
};

export function addressLayout(country: string | null | undefined): AddressLayout {
  const code = (country ?? "").trim().toUpperCase();
  const region = REGION_NAMES[code] ?? "generic";
  const postalCode = POSTAL_NAMES[code] ?? "generic";
  if (code === "JP")
    return {
      style: "japan",
      rows: [
        ["customerName"],
        ["postalCode"],
        ["region"],
        ["city"],
        ["street"],
        ["streetSecondary"],
      ],
      names: { region, postalCode, city: "municipality", street: "block" },
    };
  if (POSTAL_FIRST.has(code))
    return {
      style: "postal-first",
      rows: [["customerName"], ["street"], ["streetSecondary"], ["postalCode", "city"], ["region"]],
      names: { region, postalCode, city: "generic", street: "generic" },
    };
  // The US, Australia, Ireland, the UK and any country we have no rule for.
  return {
    style: "city-first",
    rows: [["customerName"], ["street"], ["streetSecondary"], ["city", "region", "postalCode"]],
    names: { region, postalCode, city: "generic", street: "generic" },
  };
}
