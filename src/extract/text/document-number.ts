/**
 * The tail of an official document's number, after its issuer's abbreviation (黔府发, 苏劳社, 人社部发): the year in
 * brackets and the serial (〔2023〕12号, [2019]5号, （2007）18号). A regular-expression source whose one group is the year.
 */
export const DOCUMENT_NUMBER_TAIL = '[〔［\\[(（]((?:19|20)\\d\\d)[〕］\\])）]\\s*\\d{1,4}\\s*号';
