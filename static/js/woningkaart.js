/* The housing map: markers and outlines from the page's GeoJSON (#woningkaart-data) on a
   Leaflet map. An enhancement only: the table below the map holds the same projects. Markers are
   buttons in the tab order; Enter or a click opens the project's summary with its link. The
   background tiles may fail (no network, another tile service down): the markers stay. */
(function () {
  "use strict";
  var element = document.getElementById("woningkaart");
  var bron = document.getElementById("woningkaart-data");
  if (!element || !bron || typeof L === "undefined") { return; }
  var data = JSON.parse(bron.textContent);
  element.hidden = false;

  var midden = element.dataset.midden.split(",").map(Number);
  var kaart = L.map(element, { scrollWheelZoom: false }).setView(midden, 13);
  L.tileLayer(element.dataset.tegelsUrl, {
    attribution: element.dataset.tegelsAttributie,
    maxZoom: 19,
    minZoom: 8
  }).addTo(kaart);

  function tekst(waarde) {
    var span = document.createElement("span");
    span.textContent = waarde === null || waarde === undefined ? "" : String(waarde);
    return span.innerHTML;
  }

  function samenvatting(p) {
    var regels = [
      "<strong>" + tekst(p.naam) + "</strong>" + (p.is_demo ? " (demo)" : ""),
      tekst(p.wijk || "Wijk onbekend") + (p.gebiedsontwikkeling ? " · " + tekst(p.gebiedsontwikkeling) : ""),
      tekst(p.planstatus_label) + ", fase " + tekst(p.fase_label),
      tekst(p.totaal_woningen) + " woningen" + (p.verwacht_opleverjaar ? ", oplevering " + tekst(p.verwacht_opleverjaar) : "")
    ];
    return "<div class='woningkaart-samenvatting'><p>" + regels.join("<br>") + "</p>" +
      "<p><a href='" + tekst(p.url) + "'>Naar " + tekst(p.naam) + "</a></p></div>";
  }

  function icoon(p) {
    var letter = tekst((p.fase_label || "?").charAt(0));
    var binnen = p.planstatus === "zacht" ? "<span>" + letter + "</span>" : letter;
    return L.divIcon({
      className: "woningkaart-icoon",
      html: "<span class='woningkaart-marker woningkaart-marker--" + tekst(p.planstatus) +
        " woningkaart-fase--" + tekst(p.fase) + "' aria-hidden='true'>" + binnen + "</span>",
      iconSize: [30, 30],
      iconAnchor: [15, 15],
      popupAnchor: [0, -14]
    });
  }

  var grenzen = L.latLngBounds([]);
  var lagen = L.geoJSON(data, {
    style: function () {
      return { color: "#0b3d6e", weight: 3, dashArray: "8 6", fillColor: "#0b3d6e", fillOpacity: 0.08 };
    },
    pointToLayer: function (feature, latlng) {
      var p = feature.properties;
      return L.marker(latlng, {
        icon: icoon(p),
        keyboard: true,
        title: p.naam + ": " + p.planstatus_label + ", fase " + p.fase_label,
        alt: p.naam
      });
    },
    onEachFeature: function (feature, laag) {
      var p = feature.properties;
      if (p.soort === "gebiedsontwikkeling") {
        laag.bindPopup("<strong>" + tekst(p.naam) + "</strong><br>Gebiedsontwikkeling, fase " +
          tekst(p.fase_label) + (p.url ? "<br><a href='" + tekst(p.url) + "'>Naar " + tekst(p.naam) + "</a>" : ""));
      } else {
        laag.bindPopup(samenvatting(p));
        laag.on("add", function () {
          var el = laag.getElement();
          if (el) {
            el.setAttribute("aria-label", p.naam + ": " + p.planstatus_label + ", fase " + p.fase_label);
            el.dataset.project = p.slug;
          }
        });
      }
    }
  }).addTo(kaart);
  lagen.eachLayer(function (laag) {
    grenzen.extend(laag.getLatLng ? laag.getLatLng() : laag.getBounds());
  });
  if (grenzen.isValid()) { kaart.fitBounds(grenzen, { padding: [30, 30], maxZoom: 16 }); }

  // the summary's link takes the focus, Escape closes it and returns to the marker
  kaart.on("popupopen", function (e) {
    var link = e.popup.getElement().querySelector("a[href]");
    if (link) { link.focus(); }
  });
  kaart.on("popupclose", function (e) {
    var bronLaag = e.popup._source;
    if (bronLaag && bronLaag.getElement && bronLaag.getElement()) {
      if (bronLaag.getElement().tagName !== "path") { bronLaag.getElement().focus(); }
    }
  });
})();
