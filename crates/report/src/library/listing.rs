//! Which reports the library lists, in which order, and how many each year and place would list.

use std::cmp::Reverse;

use super::{LibraryQuery, LibrarySort};
use crate::catalogue::{Catalogue, Listed};
use crate::search::fold;
use crate::sort::sort_by_key_unstable;

/// A report's year: the first four characters of its date (`2014` of `2014-11-27`).
pub fn year_of(listed: &Listed) -> &str {
    let date = &listed.meta.date;
    date.get(..4).unwrap_or(date)
}

fn year_ok(query: &LibraryQuery, listed: &Listed) -> bool {
    query.year.as_deref().is_none_or(|year| year_of(listed) == year)
}

fn place_ok(query: &LibraryQuery, listed: &Listed) -> bool {
    query
        .place
        .as_deref()
        .is_none_or(|place| listed.meta.place == place)
}

/// The reports of the chosen year and place, in the chosen order: newest first (by date, then
/// by title), or by title (folded as search folds it, then newest first). Reports alike in both
/// keep the catalogue's order. O(n log n) in the catalogue's length, folding each title once.
pub fn shown<'c>(catalogue: &'c Catalogue, query: &LibraryQuery) -> Vec<&'c Listed> {
    let listed: Vec<&Listed> = catalogue
        .reports
        .iter()
        .filter(|listed| year_ok(query, listed) && place_ok(query, listed))
        .collect();
    let titles: Vec<String> = listed.iter().map(|listed| fold(&listed.meta.title)).collect();
    let date = |i: usize| Reverse(listed[i].meta.date.as_str());
    let mut order: Vec<usize> = (0..listed.len()).collect();
    match query.sort {
        LibrarySort::Newest => sort_by_key_unstable(&mut order, |&i| (date(i), titles[i].as_str(), i)),
        LibrarySort::Title => sort_by_key_unstable(&mut order, |&i| (titles[i].as_str(), date(i), i)),
    }
    order.into_iter().map(|i| listed[i]).collect()
}

/// A year or place the library can narrow to, and how many reports it would then list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FacetValue<'c> {
    /// The year, or the place as the reports write it.
    pub value: &'c str,
    /// How many reports choosing it would list, given the other facet's choice.
    pub count: usize,
}

/// What the library can narrow to: each year over the reports of the chosen place, and each
/// place over the reports of the chosen year, so that no choice lists nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryFacets<'c> {
    /// Newest first.
    pub years: Vec<FacetValue<'c>>,
    /// Most reports first; places with as many by name (folded as search folds it).
    pub places: Vec<FacetValue<'c>>,
}

/// Counts the values given, sorted: one [`FacetValue`] per run of equal values.
fn counted(sorted: Vec<&str>) -> Vec<FacetValue<'_>> {
    let mut counts: Vec<FacetValue> = Vec::new();
    for value in sorted {
        match counts.last_mut() {
            Some(last) if last.value == value => last.count += 1,
            _ => counts.push(FacetValue { value, count: 1 }),
        }
    }
    counts
}

/// Adds the chosen value with no reports if it is missing (a link can choose a year and a place
/// no report has together), so that the reader sees the choice to undo it; `every` is that
/// facet's value for each report of the catalogue (a value none has is left out).
fn with_chosen<'c>(
    counts: &mut Vec<FacetValue<'c>>,
    chosen: Option<&str>,
    mut every: impl Iterator<Item = &'c str>,
) {
    if let Some(chosen) = chosen
        && !counts.iter().any(|c| c.value == chosen)
        && let Some(value) = every.find(|&value| value == chosen)
    {
        counts.push(FacetValue { value, count: 0 });
    }
}

/// The years and places the library can narrow to, with how many reports each would list given
/// the other's choice (as faceted search counts). Values no report would list are left out but
/// for a chosen one. O(n log n) in the catalogue's length.
pub fn library_facets<'c>(catalogue: &'c Catalogue, query: &LibraryQuery) -> LibraryFacets<'c> {
    let mut years: Vec<&str> = Vec::new();
    let mut places: Vec<&str> = Vec::new();
    for listed in &catalogue.reports {
        if place_ok(query, listed) {
            years.push(year_of(listed));
        }
        if year_ok(query, listed) {
            places.push(&listed.meta.place);
        }
    }
    sort_by_key_unstable(&mut years, |&year| Reverse(year));
    let mut years = counted(years);
    with_chosen(
        &mut years,
        query.year.as_deref(),
        catalogue.reports.iter().map(year_of),
    );
    sort_by_key_unstable(&mut years, |year| Reverse(year.value));

    sort_by_key_unstable(&mut places, |&place| place);
    let mut places = counted(places);
    with_chosen(
        &mut places,
        query.place.as_deref(),
        catalogue.reports.iter().map(|listed| listed.meta.place.as_str()),
    );
    let names: Vec<String> = places.iter().map(|place| fold(place.value)).collect();
    let mut order: Vec<usize> = (0..places.len()).collect();
    sort_by_key_unstable(&mut order, |&i| {
        (Reverse(places[i].count), names[i].as_str(), places[i].value)
    });
    LibraryFacets {
        years,
        places: order.into_iter().map(|i| places[i]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::catalogue;

    fn sample() -> Catalogue {
        catalogue(&[
            ("a", "harbour days", "2014-11-27", "Brussels"),
            ("b", "Lamps", "2016-03-01", "Évora"),
            ("c", "Tides", "2014-01-09", "Évora"),
            ("d", "Älter", "2014-11-27", "Brussels"),
            ("e", "Beacons", "2015-06-30", "Zürich"),
            ("f", "Anchors", "2016-03-01", "Brussels"),
        ])
    }

    fn names(listed: &[&Listed]) -> Vec<String> {
        listed.iter().map(|l| l.name.clone()).collect()
    }

    fn query(year: Option<&str>, place: Option<&str>, sort: LibrarySort) -> LibraryQuery {
        LibraryQuery {
            year: year.map(String::from),
            place: place.map(String::from),
            sort,
            search: String::new(),
        }
    }

    fn facet<'c>(values: &[(&'c str, usize)]) -> Vec<FacetValue<'c>> {
        values
            .iter()
            .map(|&(value, count)| FacetValue { value, count })
            .collect()
    }

    #[test]
    fn newest_first_then_by_title() {
        let catalogue = sample();
        let all = shown(&catalogue, &LibraryQuery::default());
        assert_eq!(names(&all), ["f", "b", "e", "d", "a", "c"]);
    }

    #[test]
    fn by_title_ignores_case_and_accents_then_newest_first() {
        let mut catalogue = sample();
        catalogue.reports[2].meta.title = String::from("lamps");
        let by_title = shown(&catalogue, &query(None, None, LibrarySort::Title));
        assert_eq!(names(&by_title), ["d", "f", "e", "a", "b", "c"]);
    }

    #[test]
    fn year_and_place_narrow_the_list_together() {
        let catalogue = sample();
        assert_eq!(
            names(&shown(
                &catalogue,
                &query(Some("2014"), None, LibrarySort::Newest)
            )),
            ["d", "a", "c"]
        );
        assert_eq!(
            names(&shown(
                &catalogue,
                &query(Some("2014"), Some("Évora"), LibrarySort::Newest)
            )),
            ["c"]
        );
        assert!(
            shown(
                &catalogue,
                &query(Some("2015"), Some("Évora"), LibrarySort::Newest)
            )
            .is_empty()
        );
        assert!(
            shown(&catalogue, &query(None, Some("evora"), LibrarySort::Newest)).is_empty(),
            "places are matched as written"
        );
    }

    #[test]
    fn each_facet_counts_under_the_other_facets_choice() {
        let catalogue = sample();
        let all = LibraryQuery::default();
        let facets = library_facets(&catalogue, &all);
        assert_eq!(facets.years, facet(&[("2016", 2), ("2015", 1), ("2014", 3)]));
        assert_eq!(
            facets.places,
            facet(&[("Brussels", 3), ("Évora", 2), ("Zürich", 1)])
        );

        let evora = query(None, Some("Évora"), LibrarySort::Newest);
        let facets = library_facets(&catalogue, &evora);
        assert_eq!(
            facets.years,
            facet(&[("2016", 1), ("2014", 1)]),
            "only years Évora has"
        );
        assert_eq!(
            facets.places,
            facet(&[("Brussels", 3), ("Évora", 2), ("Zürich", 1)]),
            "places are counted over every year"
        );

        let both = query(Some("2014"), Some("Brussels"), LibrarySort::Title);
        let facets = library_facets(&catalogue, &both);
        assert_eq!(facets.years, facet(&[("2016", 1), ("2014", 2)]));
        assert_eq!(facets.places, facet(&[("Brussels", 2), ("Évora", 1)]));
    }

    #[test]
    fn a_chosen_value_with_no_reports_is_listed_to_be_undone() {
        let catalogue = sample();
        let none = query(Some("2015"), Some("Évora"), LibrarySort::Newest);
        let facets = library_facets(&catalogue, &none);
        assert_eq!(facets.years, facet(&[("2016", 1), ("2015", 0), ("2014", 1)]));
        assert_eq!(facets.places, facet(&[("Zürich", 1), ("Évora", 0)]));
    }

    #[test]
    fn places_with_as_many_reports_go_by_folded_name() {
        let catalogue = catalogue(&[
            ("a", "A", "2014-01-01", "Zürich"),
            ("b", "B", "2014-01-01", "Évora"),
            ("c", "C", "2014-01-01", "Aachen"),
            ("d", "D", "2014-01-01", "Zürich"),
        ]);
        let facets = library_facets(&catalogue, &LibraryQuery::default());
        assert_eq!(
            facets.places,
            facet(&[("Zürich", 2), ("Aachen", 1), ("Évora", 1)])
        );
    }

    #[test]
    fn three_hundred_reports_are_listed_and_counted_consistently() {
        let places = ["Brussels", "Évora", "Zürich", "Aachen", "Łódź"];
        let rows: Vec<(String, String, String, &str)> = (0..300)
            .map(|n| {
                let date = format!("{}-{:02}-{:02}", 2000 + n % 17, 1 + n % 12, 1 + n % 28);
                (
                    format!("r{n}"),
                    format!("Report {}", 300 - n),
                    date,
                    places[n % 5],
                )
            })
            .collect();
        let borrowed: Vec<(&str, &str, &str, &str)> = rows
            .iter()
            .map(|(a, b, c, d)| (a.as_str(), b.as_str(), c.as_str(), *d))
            .collect();
        let catalogue = catalogue(&borrowed);
        let all = LibraryQuery::default();
        let facets = library_facets(&catalogue, &all);
        assert_eq!(facets.years.len(), 17);
        assert_eq!(facets.years.iter().map(|y| y.count).sum::<usize>(), 300);
        assert_eq!(facets.places.iter().map(|p| p.count).sum::<usize>(), 300);
        let newest = shown(&catalogue, &all);
        assert!(newest.windows(2).all(|w| w[0].meta.date >= w[1].meta.date));
        for year in &facets.years {
            for place in &facets.places {
                let both = query(Some(year.value), Some(place.value), LibrarySort::Title);
                let listed = shown(&catalogue, &both);
                let counts = library_facets(&catalogue, &both);
                let by = |values: &[FacetValue], value| {
                    values.iter().find(|v| v.value == value).map_or(0, |v| v.count)
                };
                assert_eq!(by(&counts.years, year.value), listed.len());
                assert_eq!(by(&counts.places, place.value), listed.len());
                let titles: Vec<String> = listed.iter().map(|l| fold(&l.meta.title)).collect();
                assert!(titles.windows(2).all(|w| w[0] <= w[1]));
            }
        }
    }
}
