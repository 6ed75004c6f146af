/* Entering a place on a map in the werkruimte (an enhancement of the typed fields, which stay):
   on a project form a click sets latitude/longitude; on an area-development form each click adds
   a corner to the outline, written to the GeoJSON field (closed and counter-clockwise, as the
   portal requires). Tiles as on the housing map; without them the clicks still work. */
(function () {
  "use strict";
  if (typeof L === "undefined") { return; }
  var breedte = document.getElementById("id_breedtegraad");
  var lengte = document.getElementById("id_lengtegraad");
  var contour = document.getElementById("id_contour");
  var anker = lengte || contour;
  var instellingen = document.getElementById("kaartinvoer-instellingen");
  if (!anker || !instellingen) { return; }
  var tegels = JSON.parse(instellingen.textContent);

  var uitleg = document.createElement("p");
  uitleg.className = "hulptekst";
  uitleg.textContent = breedte
    ? "Of klik op de kaart om de locatie te kiezen; de velden hierboven worden dan ingevuld."
    : "Of klik op de kaart de hoeken van de contour aan; het GeoJSON-veld wordt dan ingevuld.";
  var element = document.createElement("div");
  element.className = "woningkaart woningkaart--invoer";
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", "Kaart om een plek te kiezen (optioneel)");
  anker.closest(".formulier__veld").after(uitleg, element);

  var kaart = L.map(element).setView([52.3567, 6.6625], 13);
  L.tileLayer(tegels.url, { attribution: tegels.attributie, maxZoom: 19 }).addTo(kaart);
  var zes = function (g) { return Math.round(g * 1e6) / 1e6; };

  if (breedte) {
    var marker = null;
    var zet = function (latlng) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng, { keyboard: false }).addTo(kaart); }
    };
    if (breedte.value && lengte.value) {
      var punt = [parseFloat(breedte.value.replace(",", ".")), parseFloat(lengte.value.replace(",", "."))];
      zet(punt);
      kaart.setView(punt, 16);
    }
    kaart.on("click", function (e) {
      breedte.value = zes(e.latlng.lat).toFixed(6);
      lengte.value = zes(e.latlng.lng).toFixed(6);
      zet(e.latlng);
    });
    return;
  }

  var hoeken = [];
  var vlak = L.polygon([], { color: "#0b3d6e", dashArray: "8 6" }).addTo(kaart);
  try {
    var bestaand = JSON.parse(contour.value || "null");
    if (bestaand && bestaand.type === "Polygon") {
      hoeken = bestaand.coordinates[0].slice(0, -1).map(function (p) { return [p[1], p[0]]; });
      vlak.setLatLngs(hoeken);
      kaart.fitBounds(vlak.getBounds(), { maxZoom: 16 });
    }
  } catch (fout) { /* the field's own validation reports bad JSON */ }
  var schrijf = function () {
    vlak.setLatLngs(hoeken);
    if (hoeken.length < 3) { return; }
    var ring = hoeken.map(function (h) { return [zes(h[1]), zes(h[0])]; });
    var som = 0;
    for (var i = 0; i < ring.length; i++) {
      var a = ring[i], b = ring[(i + 1) % ring.length];
      som += a[0] * b[1] - b[0] * a[1];
    }
    if (som < 0) { ring.reverse(); }
    ring.push(ring[0]);
    contour.value = JSON.stringify({ type: "Polygon", coordinates: [ring] });
  };
  kaart.on("click", function (e) { hoeken.push([e.latlng.lat, e.latlng.lng]); schrijf(); });
  var wis = document.createElement("button");
  wis.type = "button";
  wis.className = "knop knop--secundair";
  wis.textContent = "Contour op de kaart opnieuw beginnen";
  wis.addEventListener("click", function () { hoeken = []; vlak.setLatLngs([]); contour.value = ""; });
  element.after(wis);
})();
