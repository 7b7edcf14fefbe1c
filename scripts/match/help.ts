export const HELP = `Usage: npm run match -- COMMAND [FILES] [OPTIONS]

Finds records of the same customer, within one file or across two.

Commands:
  link A.csv B.csv    For each record of B, list the records of A it may match.
  dedupe FILE.csv     List pairs of records within one file that may be the same.
  pairs FILE.json     Score given pairs. FILE.json is a JSON array of {"a": record,
                      "b": record}; other keys are ignored. A record is an object
                      with any of: name, given_name, surname, company, email, phone,
                      country, address, postcode, city, date_of_birth, id (string
                      values). Prints one JSON line per pair:
                      {"index": 0, "score": 0.97, "decision": "match", "reasons": [...]}

Input files must be UTF-8 text, with or without a byte order mark. CSV files need
a header row, and at least one column must fill a match field (see --map).

Options for link and dedupe:
  --map FIELD=COLUMN[+COLUMN...],...
                      Which CSV columns fill each match field; "+" joins columns
                      with ", ". Default: columns named like a match field, and the
                      Febrl columns (street_number+address_1+address_2 as address,
                      suburb as city, soc_sec_id as id).
  --map-b SPEC        Like --map, for B.csv only (link). Default: the --map value.
  --key-column NAME   Column that identifies a record in the output. Default:
                      rec_id, else key, else the 1-based line number.
  --min-score X       Lowest score printed, from 0 to 1. Default: 0.5.
  --limit N           Candidates kept per record, 1 to 1000. Default: 5.
  --candidates N      Records scored per record: the N that share the most
                      blocking keys with it, from --limit to 5000. Default: 4 times
                      --limit, at least 20. Per blocking key, only the 5 N records
                      added last are counted. A higher N can find better pairs in
                      large clusters of near copies but takes longer; the
                      extension scores 100 and counts every record.
  --one-to-one        link: keep each record in at most one pair, best scores first.
  --transitive        dedupe: also print pairs implied by chains of pairs (A~B and
                      B~C gives A~C), each with its own direct score, after the
                      direct pairs. A cluster of k records gives up to k(k-1)/2
                      pairs, so this output grows with the square of cluster size.

Options for all commands:
  --region CC         Two-letter country code for phone numbers written without a
                      country code (for example AU, GB, US). A record's country field
                      takes precedence. Default: none, so such numbers are invalid.
  --region-b CC       Like --region, for B.csv only (link).
  --date-order ORDER  dmy or mdy: how to read numeric dates such as 03/04/2024.
                      ISO (2024-04-03) and YYYYMMDD dates are always read.
                      Default: mdy when the region is US, otherwise dmy.
  --format FORMAT     csv or jsonl. Default: csv for link and dedupe; pairs always
                      prints JSON lines.
  --out FILE          Write the output to FILE. Default: standard output.
  --help, -h          Print this help.

Output columns (csv) or keys (jsonl) for link and dedupe:
  a, b, score (0 to 1, 4 decimals), decision (match, possible or no-match), and
  reasons (separated by "; " in csv). "match" needs an exact email, phone or id.
  In csv, a cell that starts with =, +, -, @, tab or carriage return gets a leading
  ' so that spreadsheets show it as text and do not run it as a formula; jsonl
  prints values unchanged. Rows are written as they are found, so a large file's
  output starts before the run ends.

Exit codes: 0 on success, 2 on bad usage or a malformed input file (the message
names the line or array index and the field), 1 on any other failure.
`;
