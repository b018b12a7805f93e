"""QGIS's OAPIF provider against the app's /ogc, in one headless QGIS process (driven by
server/ogc/qgis.test.ts): loads every collection, filters and reprojects as a QGIS user would,
then, signed in with a planner's API token through a QGIS Basic auth configuration, tries to
change an attribute and commit. Prints one line `RESULT <json>` for the node test to check."""
import json
import os
import sys

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorDataProvider,
    QgsVectorLayer,
)


def layer(base, typename, authcfg=None):
    uri = f"url='{base}' typename='{typename}'" + (f" authcfg={authcfg}" if authcfg else "")
    return QgsVectorLayer(uri, typename, "OAPIF")


def main():
    job = json.loads(sys.argv[1])
    app = QgsApplication([], False, job["profile"])
    app.initQgis()
    base = job["url"]
    result = {"version": Qgis.QGIS_VERSION, "counts": {}, "valid": {}}

    for typename in job["collections"]:
        lyr = layer(base, typename)
        result["valid"][typename] = lyr.isValid()
        result["counts"][typename] = sum(1 for _ in lyr.getFeatures()) if lyr.isValid() else None

    schools = layer(base, "schools")
    box = job["bbox"]
    result["bbox"] = sum(1 for _ in schools.getFeatures(QgsFeatureRequest().setFilterRect(QgsRectangle(*box))))
    schools.setSubsetString(job["subset"])
    result["subset"] = sum(1 for _ in schools.getFeatures())
    schools.setSubsetString("")
    lambert = QgsCoordinateReferenceSystem("EPSG:3163")
    request = QgsFeatureRequest().setDestinationCrs(lambert, QgsProject.instance().transformContext())
    result["layerCrs"] = schools.crs().authid()
    result["lambert"] = {
        str(f["id"]): [f.geometry().asPoint().x(), f.geometry().asPoint().y()]
        for f in schools.getFeatures(request)
    }

    # Editing as the planner: the token is the password of a Basic auth configuration, kept in a
    # throwaway authentication database under a master password of its own.
    auth = QgsApplication.authManager()
    auth.setMasterPassword("throwaway master password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("nc-infra-map planner")
    config.setConfig("username", job["email"])
    config.setConfig("password", job["token"])
    stored, config = auth.storeAuthenticationConfig(config)
    edit = {"authStored": stored}
    terminals = layer(base, job["edit"]["collection"], config.id())
    edit["valid"] = terminals.isValid()
    caps = terminals.dataProvider().capabilities() if terminals.isValid() else 0
    edit["capabilities"] = terminals.dataProvider().capabilitiesString() if terminals.isValid() else ""
    edit["changeAttributeValues"] = bool(caps & QgsVectorDataProvider.ChangeAttributeValues)
    edit["startEditing"] = terminals.startEditing()
    if edit["startEditing"]:
        feature = next(f for f in terminals.getFeatures() if f["id"] == job["edit"]["id"])
        index = terminals.fields().indexOf(job["edit"]["property"])
        edit["changed"] = terminals.changeAttributeValue(feature.id(), index, job["edit"]["value"])
        edit["committed"] = terminals.commitChanges()
        edit["errors"] = terminals.commitErrors()
    result["edit"] = edit

    print("RESULT " + json.dumps(result), flush=True)
    # QGIS 3.22 crashes on the way out (exitQgis with providers alive, or Python's teardown after
    # it): everything is said and the profile is thrown away, so leave without tearing down.
    sys.stderr.flush()
    os._exit(0)


main()
