namespace GovServices.Permits.Domain;

/// <summary>The SQL of the catalogue; the same text on every provider.</summary>
internal static class PermitTypeSql
{
    public const string Columns = """
        code AS Code, name_id AS NameId, name_en AS NameEn, description_id AS DescriptionId, opd_code AS OpdCode,
        classification_code AS ClassificationCode, documents AS Documents, fields AS Fields, fee_rule AS FeeRule,
        sla AS Sla, validity_months AS ValidityMonths, active AS Active, sort_order AS SortOrder,
        updated_at AS UpdatedAt, version AS Version
        """;

    public const string SelectActive = $"""
        SELECT {Columns}
        FROM permits.permit_type
        WHERE active = @active
        ORDER BY sort_order, code
        """;

    public const string SelectByCode = $"""
        SELECT {Columns}
        FROM permits.permit_type
        WHERE code = @code
        """;

    /// <summary>Another type numbering with this classification code at this OPD (the lowest code when several).</summary>
    public const string SelectClassificationHolder = """
        SELECT MIN(code)
        FROM permits.permit_type
        WHERE opd_code = @opd_code
          AND classification_code = @classification_code
          AND code <> @code
        """;

    /// <summary>
    /// Another type that issued permits under this classification code at this OPD: its numbers would be repeated by
    /// this type's own sequence, even after that type moved on to another code.
    /// </summary>
    public const string SelectClassificationIssuer = """
        SELECT MIN(permit_type_code)
        FROM permits.issued_permit
        WHERE opd_code = @opd_code
          AND classification_code = @classification_code
          AND permit_type_code <> @code
        """;

    public const string Insert = """
        INSERT INTO permits.permit_type (
            code, name_id, name_en, description_id, opd_code, classification_code, documents, fields, fee_rule, sla,
            validity_months, active, sort_order, updated_at, version)
        VALUES (
            @code, @name_id, @name_en, @description_id, @opd_code, @classification_code, @documents, @fields, @fee_rule, @sla,
            @validity_months, @active, @sort_order, @updated_at, @version)
        """;

    public const string Update = """
        UPDATE permits.permit_type
        SET name_id = @name_id,
            name_en = @name_en,
            description_id = @description_id,
            opd_code = @opd_code,
            classification_code = @classification_code,
            documents = @documents,
            fields = @fields,
            fee_rule = @fee_rule,
            sla = @sla,
            validity_months = @validity_months,
            active = @active,
            sort_order = @sort_order,
            updated_at = @updated_at,
            version = version + 1
        WHERE code = @code
          AND version = @version
        """;
}
