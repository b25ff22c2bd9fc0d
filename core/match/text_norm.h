#pragma once
// Text normalisation and similarity measures used by the matching conditions. Everything works on
// UTF-8 byte strings that were upper-cased once when the compact side was built.

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace recon::match {

enum NormFlag : unsigned {
    NormCase = 1,
    NormSpaces = 2,
    NormPunctuation = 4,
    NormLeadingZeros = 8,
    NormAll = 15,
};

// Upper-cased UTF-8 with runs of white space collapsed to one space and trimmed.
std::string upperCollapsed(const QString &s);
// Applies flags to an upper-cased (or raw, without NormCase) UTF-8 string. Leading zeros are
// dropped from every run of digits ("INV-0047" -> "INV-47").
std::string normalise(std::string_view s, unsigned flags);
// Letters and digits only, upper case: the form references are compared in.
std::string alnumKey(std::string_view upper);
// Counterparty form: words of letters/digits, legal forms (GMBH, LTD, INC ...) dropped.
std::string counterpartyKey(std::string_view upper);

// Similarities in 0..1.
double jaroWinkler(std::string_view a, std::string_view b);
// Shared words over the smaller word set (1.0 when one name's words are all in the other).
double tokenSetSimilarity(std::string_view a, std::string_view b);
// Dice coefficient of character trigrams (padded with spaces).
double trigramSimilarity(std::string_view a, std::string_view b);
// Counterparty names: tolerant of truncation (one a prefix of the other), word order (Dice of
// the words) and dropped legal forms. Inputs are counterpartyKey() forms.
double counterpartySimilarity(std::string_view a, std::string_view b);

std::vector<std::string_view> splitWords(std::string_view s);

} // namespace recon::match
