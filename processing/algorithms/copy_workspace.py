"""clearground:copyworkspace: copy a workspace from a GeoPackage into PostGIS, or back."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ...core.text import tr
from ...workspace import WorkspaceError, transfer
from ...workspace import postgis as pgw
from ..base import ClearGroundAlgorithm

TO_POSTGIS, TO_GEOPACKAGE = 0, 1


class CopyWorkspace(ClearGroundAlgorithm):
    NAME = "copyworkspace"
    DISPLAY = "Copy workspace between GeoPackage and PostGIS"
    HELP = (
        "Copies a whole ClearGround workspace between a GeoPackage file and a schema of a PostgreSQL/PostGIS "
        "database, losing nothing: every layer, feature (with its id and order), attribute, geometry and the "
        "audit log. Fields added to a layer beyond the standard ones are copied too; other tables are listed "
        "in the log, not copied.\n\n"
        "Direction 'GeoPackage to PostGIS': INPUT is the .gpkg file; the workspace is created in a NEW schema "
        "SCHEMA of the QGIS connection CONNECTION, in one transaction (on any error nothing is written). "
        "CREATE_ROLES also creates the schema's reader, editor and admin roles (needs a database "
        "administrator).\n\n"
        "Direction 'PostGIS to GeoPackage': the workspace in SCHEMA of CONNECTION is written to the new file "
        "OUTPUT. An existing file or a schema that holds tables is never overwritten.\n\n"
        "The connection is one of QGIS's own PostgreSQL connections; its credentials come from QGIS's "
        "authentication manager and are never stored by ClearGround."
    )
    DIRECTION = "DIRECTION"
    INPUT = "INPUT"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    OUTPUT = "OUTPUT"
    CREATE_ROLES = "CREATE_ROLES"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, tr("Direction"), [tr("GeoPackage to PostGIS"), tr("PostGIS to GeoPackage")],
            defaultValue=TO_POSTGIS))
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("GeoPackage workspace to copy (GeoPackage to PostGIS)"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, tr("PostgreSQL connection"), "postgres"))
        # A plain name, not a schema picker: copying into PostGIS needs a schema that does not exist yet.
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, tr("Schema (a new one for GeoPackage to PostGIS)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CREATE_ROLES, tr("Create the reader, editor and admin roles of the schema"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("New GeoPackage workspace (PostGIS to GeoPackage)"), tr("GeoPackage (*.gpkg)"),
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema_name = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        if not schema_name:
            raise QgsProcessingException(tr("Give the PostgreSQL schema of the workspace (SCHEMA)."))
        source = self.parameterAsFile(parameters, self.INPUT, context)
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context) if parameters.get(self.OUTPUT) else ""
        if direction == TO_POSTGIS and not source:
            raise QgsProcessingException(tr("Give the GeoPackage workspace to copy (INPUT)."))
        if direction == TO_GEOPACKAGE and not target:
            raise QgsProcessingException(tr("Give the new GeoPackage file to write (OUTPUT)."))
        try:
            if pgw.stores_plain_password(connection):
                feedback.pushWarning(tr(
                    'The QGIS connection "{name}" keeps its password in plain settings; consider an '
                    "authentication configuration instead."
                ).format(name=connection))
            db = pgw.connect(connection)
            try:
                if direction == TO_POSTGIS:
                    result = transfer.gpkg_to_postgis(source, db, schema_name, feedback)
                    if self.parameterAsBoolean(parameters, self.CREATE_ROLES, context):
                        roles = pgw.setup_roles(db, schema_name)
                        feedback.pushInfo(tr("Roles: {reader} (read only), {editor} (marking, triage), "
                                             "{admin} (schema).").format(
                            reader=roles.reader, editor=roles.editor, admin=roles.admin))
                else:
                    result = transfer.postgis_to_gpkg(db, schema_name, target, feedback)
            finally:
                db.close()
        except transfer.TransferCancelled as exc:
            raise QgsProcessingException(str(exc)) from exc
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for layer_name, count in result.counts.items():
            feedback.pushInfo(tr("{layer}: {count} features copied.").format(layer=layer_name, count=count))
        for layer_name, fields in result.extra_fields.items():
            feedback.pushInfo(tr("{layer}: the additional field(s) {fields} were copied too.").format(
                layer=layer_name, fields=", ".join(fields)))
        if result.skipped_layers:
            feedback.pushWarning(tr("Not part of the workspace, so not copied: {layers}.").format(
                layers=", ".join(result.skipped_layers)))
        return {self.OUTPUT: target if direction == TO_GEOPACKAGE else "", self.SCHEMA: schema_name,
                self.CONNECTION: connection}
