//! The 35 arbeidsmarktregio's as SVG paths, from the CBS 2025 boundaries
//! (TopoJSON, RD New metres) embedded in the binary: no data files at run time.

use serde::{Deserialize, Serialize};

const TOPOJSON: &str = include_str!("../assets/cbs/arbeidsmarktregio_2025.topojson");
const CENTROIDS: &str = include_str!("../assets/cbs/arbeidsmarktregio_2025_centroids.csv");

/// Width of the map in SVG units; the height follows the country's shape.
pub(crate) const WIDTH: f64 = 560.0;

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[i64; 2]>>,
    transform: Transform,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    arbeidsmarktregio_2025: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        id: String,
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        id: String,
        arcs: Vec<Vec<Vec<i64>>>,
    },
}

/// One region's outline, ready for the page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Shape {
    /// CBS code, e.g. `AM12`.
    pub code: String,
    /// SVG path data (`fill-rule: evenodd` for the holes).
    pub d: String,
    /// Where the code label goes (the area-weighted centroid).
    pub label_x: f64,
    pub label_y: f64,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Map {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

/// The country with one region filled: a standalone SVG for documents.
#[cfg(feature = "pdf")]
pub(crate) fn region_svg(code: &str) -> Option<String> {
    let m = map();
    let own = m.shapes.iter().find(|s| s.code == code)?;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">"##,
        w = m.width,
        h = m.height
    );
    for s in m.shapes.iter().filter(|s| s.code != code) {
        svg.push_str(&format!(
            r##"<path d="{}" fill="#e4e7ec" stroke="#ffffff" stroke-width="1" fill-rule="evenodd"/>"##,
            s.d
        ));
    }
    svg.push_str(&format!(
        r##"<path d="{}" fill="#1f3864" stroke="#ffffff" stroke-width="1" fill-rule="evenodd"/></svg>"##,
        own.d
    ));
    Some(svg)
}

/// Decodes the boundaries and projects RD metres onto the SVG plane (RD is
/// already a planar projection: scale, and flip the y axis).
pub(crate) fn map() -> Map {
    let topo: Topology = serde_json::from_str(TOPOJSON).expect("the embedded TopoJSON is valid");
    // Delta-decoded arcs in RD metres.
    let arcs: Vec<Vec<[f64; 2]>> = topo
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    [
                        x as f64 * topo.transform.scale[0] + topo.transform.translate[0],
                        y as f64 * topo.transform.scale[1] + topo.transform.translate[1],
                    ]
                })
                .collect()
        })
        .collect();
    let points = arcs.iter().flatten();
    let min_x = points.clone().map(|p| p[0]).fold(f64::INFINITY, f64::min);
    let max_x = points
        .clone()
        .map(|p| p[0])
        .fold(f64::NEG_INFINITY, f64::max);
    let min_y = points.clone().map(|p| p[1]).fold(f64::INFINITY, f64::min);
    let max_y = points.map(|p| p[1]).fold(f64::NEG_INFINITY, f64::max);
    let k = WIDTH / (max_x - min_x);
    let project = |p: [f64; 2]| ((p[0] - min_x) * k, (max_y - p[1]) * k);

    let ring = |indices: &[i64]| -> String {
        let mut pts: Vec<[f64; 2]> = Vec::new();
        for &i in indices {
            let (arc, reversed) = if i >= 0 {
                (&arcs[i as usize], false)
            } else {
                (&arcs[(!i) as usize], true)
            };
            let mut seq: Vec<[f64; 2]> = arc.clone();
            if reversed {
                seq.reverse();
            }
            // Consecutive arcs share their end point.
            let skip = usize::from(!pts.is_empty());
            pts.extend(seq.into_iter().skip(skip));
        }
        let mut d = String::new();
        for (n, p) in pts.iter().enumerate() {
            let (x, y) = project(*p);
            d.push_str(if n == 0 { "M" } else { "L" });
            d.push_str(&format!("{x:.1} {y:.1}"));
        }
        d.push('Z');
        d
    };

    let centroids: Vec<(String, f64, f64)> = CENTROIDS
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Some((
                f.first()?.to_string(),
                f.get(2)?.parse().ok()?,
                f.get(3)?.parse().ok()?,
            ))
        })
        .collect();

    let mut shapes: Vec<Shape> = topo
        .objects
        .arbeidsmarktregio_2025
        .geometries
        .iter()
        .map(|g| {
            let (code, polygons): (&String, Vec<&Vec<Vec<i64>>>) = match g {
                Geometry::Polygon { id, arcs } => (id, vec![arcs]),
                Geometry::MultiPolygon { id, arcs } => (id, arcs.iter().collect()),
            };
            let d: String = polygons
                .iter()
                .flat_map(|rings| rings.iter().map(|r| ring(r)))
                .collect();
            let (lx, ly) = centroids
                .iter()
                .find(|c| c.0 == *code)
                .map_or((0.0, 0.0), |c| project([c.1, c.2]));
            Shape {
                code: code.clone(),
                d,
                label_x: (lx * 10.0).round() / 10.0,
                label_y: (ly * 10.0).round() / 10.0,
            }
        })
        .collect();
    shapes.sort_by(|a, b| a.code.cmp(&b.code));
    Map {
        width: WIDTH,
        height: ((max_y - min_y) * k).ceil(),
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::REGIONS;

    #[test]
    fn exactly_the_35_official_regions() {
        let m = map();
        let codes: Vec<&str> = m.shapes.iter().map(|s| s.code.as_str()).collect();
        let official: Vec<&str> = REGIONS.iter().map(|r| r.code).collect();
        assert_eq!(codes, official);
        for s in &m.shapes {
            assert!(s.d.starts_with('M') && s.d.ends_with('Z'), "{}", s.code);
            assert!(
                s.label_x > 0.0 && s.label_x < m.width && s.label_y > 0.0 && s.label_y < m.height,
                "{}",
                s.code
            );
        }
        assert!(m.height > 500.0 && m.height < 800.0, "{}", m.height);
    }
}
