// eventscope dashboard: the world map. Country shapes are Natural Earth's 1:110m countries as
// the world-atlas package ships them (countries-110m.json, TopoJSON, served from /static), decoded
// here and drawn in the Equal Earth projection; no third-party code, nothing fetched from
// elsewhere. Country names reach the page as text nodes only.
"use strict";

const WorldMap = (() => {
  const W = 960;
  const NORTH = 90, SOUTH = -60;          // Antarctica is left out
  const RAD = Math.PI / 180;
  const NO_DATA = "#e7e9e2";
  const ANTARCTICA = "010";

  // Equal Earth (Šavrič, Patterson and Jenny, 2018): equal-area, straight parallels.
  const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
  function equalEarth(lon, lat) {
    const l = lon * RAD;
    const theta = Math.asin(M * Math.sin(lat * RAD));
    const t2 = theta * theta, t6 = t2 * t2 * t2;
    const x = (2 * Math.sqrt(3) * l * Math.cos(theta))
      / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return [x, y];
  }
  const SCALE = (W / 2) / equalEarth(180, 0)[0];
  const TOP = equalEarth(0, NORTH)[1];
  const H = Math.round(SCALE * (TOP - equalEarth(0, SOUTH)[1]));

  /** Screen coordinates (in the SVG's viewBox) of a longitude and latitude. */
  function project(lon, lat) {
    const [x, y] = equalEarth(lon, lat);
    return [W / 2 + SCALE * x, SCALE * (TOP - y)];
  }

  // -- TopoJSON --------------------------------------------------------------------------------

  // arcs are quantised and delta-encoded: positions are running sums, then scaled
  function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
    });
  }

  // a ring is a list of arc indexes; ~i is arc i reversed; consecutive arcs share an end point
  function ring(arcs, indexes) {
    const points = [];
    for (const i of indexes) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  }

  // longitudes made continuous across the antimeridian (Russia's and Fiji's rings cross it)
  function unwrap(points) {
    const out = [points[0].slice()];
    for (let k = 1; k < points.length; k++) {
      let lon = points[k][0];
      const previous = out[k - 1][0];
      while (lon - previous > 180) lon -= 360;
      while (lon - previous < -180) lon += 360;
      out.push([lon, points[k][1]]);
    }
    return out;
  }

  function pathOf(rings, shift) {
    return rings.map((r) => "M" + r.map(([lon, lat]) => project(lon + shift, lat)
      .map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("");
  }

  /** The countries of a topology: ISO alpha-3 code, name and SVG path. */
  function countries(topology, codes) {
    const arcs = decodeArcs(topology);
    const shapes = [];
    for (const g of topology.objects.countries.geometries) {
      if (g.id === ANTARCTICA || !g.arcs) continue;
      const polygons = g.type === "Polygon" ? [g.arcs] : g.arcs;
      let d = "";
      for (const polygon of polygons) {
        const rings = polygon.map((indexes) => unwrap(ring(arcs, indexes)));
        const lons = rings.flat().map((p) => p[0]);
        d += pathOf(rings, 0);
        // the part beyond ±180° is drawn again on the other side; the sphere clips both
        if (Math.max(...lons) > 180) d += pathOf(rings, -360);
        if (Math.min(...lons) < -180) d += pathOf(rings, 360);
      }
      const name = (g.properties && g.properties.name) || "";
      const iso = (g.id && codes.numeric[g.id]) || codes.names[name] || null;
      shapes.push({ iso, name, d });
    }
    return shapes;
  }

  function sphere() {
    const edge = [];
    for (let lat = -90; lat <= 90; lat += 2) edge.push(project(180, lat));
    for (let lat = 90; lat >= -90; lat -= 2) edge.push(project(-180, lat));
    return "M" + edge.map((p) => p.map((v) => v.toFixed(1)).join(",")).join("L") + "Z";
  }

  function graticule() {
    let d = "";
    for (let lon = -180; lon <= 180; lon += 30) {
      const line = [];
      for (let lat = -90; lat <= 90; lat += 5) line.push(project(lon, lat));
      d += "M" + line.map((p) => p.map((v) => v.toFixed(1)).join(",")).join("L");
    }
    for (let lat = -60; lat <= 90; lat += 30) {
      d += "M" + project(-180, lat).map((v) => v.toFixed(1)).join(",")
        + "L" + project(180, lat).map((v) => v.toFixed(1)).join(",");
    }
    return d;
  }

  // -- colours ---------------------------------------------------------------------------------

  const LIGHT = [222, 235, 247], DARK = [8, 48, 107];
  function countColour(count, max) {
    const t = Math.sqrt(count / Math.max(1, max));
    const mix = LIGHT.map((a, i) => Math.round(a + (DARK[i] - a) * t));
    return `rgb(${mix.join(",")})`;
  }

  return { W, H, NO_DATA, project, countries, sphere, graticule, countColour };
})();
