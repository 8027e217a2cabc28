import Induction
import Templates

/// The "register an ECT" page's values: text inputs for `partials/input`, three-field dates for
/// `partials/date_input`, the programme radios, and an error summary in the page's order. Every
/// value is shown exactly as typed.
struct ECTRegistrationFormView {
    static let textFields: [FormField] = [
        FormField(name: "firstName", label: "First name", autocomplete: "off"),
        FormField(name: "lastName", label: "Last name", autocomplete: "off"),
        FormField(name: "email", label: "Email address (optional)", type: "email", autocomplete: "off",
                  hint: "We invite the ECT to Induct when the appropriate body confirms the registration"),
        FormField(name: "trn", label: "Teacher reference number (TRN)", hint: "7 digits, like 1234567", width: "10"),
        FormField(name: "fte", label: "Working pattern (FTE)", hint: "1.0 for full time, or part time like 0.8 or 0.5", width: "4"),
        FormField(name: "leadProvider", label: "Lead provider", hint: "For a provider-led programme"),
        FormField(name: "termsServedElsewhere", label: "Terms of induction already served elsewhere (optional)",
                  hint: "To one decimal place, like 1.5. Leave empty if none", width: "4"),
        FormField(name: "previousAppropriateBody", label: "Appropriate body for the induction already served",
                  hint: "Only if terms were served elsewhere"),
    ]

    static let dates: [(name: String, legend: String, example: String)] = [
        ("dateOfBirth", "Date of birth", "27 3 1998"),
        ("qtsDate", "QTS award date", "14 7 2025"),
        ("inductionStart", "Induction start date", "1 9 2025"),
    ]

    let form: ECTRegistrationForm
    let errors: [String: String]
    /// The school's accounts that may be the tutor, and the mentor (item 10).
    var tutors: [AssignedPerson] = []
    var mentors: [AssignedPerson] = []

    /// The form as the browser sent it, nothing trimmed.
    static func form(from values: FormValues) -> ECTRegistrationForm {
        var form = ECTRegistrationForm()
        form.firstName = values["firstName"]
        form.lastName = values["lastName"]
        form.email = values["email"]
        form.trn = values["trn"]
        form.dateOfBirth = typedDate("dateOfBirth", values)
        form.qtsDate = typedDate("qtsDate", values)
        form.inductionStart = typedDate("inductionStart", values)
        form.fte = values["fte"]
        form.trainingProgramme = values["trainingProgramme"]
        form.leadProvider = values["leadProvider"]
        form.tutor = values["tutor"]
        form.mentor = values["mentor"]
        form.termsServedElsewhere = values["termsServedElsewhere"]
        form.previousAppropriateBody = values["previousAppropriateBody"]
        return form
    }

    var values: TemplateFields {
        let typed: [String: String] = [
            "firstName": form.firstName, "lastName": form.lastName, "email": form.email, "trn": form.trn, "fte": form.fte,
            "leadProvider": form.leadProvider,
            "termsServedElsewhere": form.termsServedElsewhere, "previousAppropriateBody": form.previousAppropriateBody,
        ]
        var result = FormView(fields: Self.textFields, values: typed, errors: errors).templateValues
        let dateValues: [String: TypedDate] = ["dateOfBirth": form.dateOfBirth, "qtsDate": form.qtsDate, "inductionStart": form.inductionStart]
        for date in Self.dates {
            let value = dateValues[date.name] ?? TypedDate()
            result[date.name] = [
                "field": .string(date.name), "legend": .string(date.legend), "example": .string(date.example),
                "error": TemplateValue(errors[date.name]),
                "day": .string(value.day), "month": .string(value.month), "year": .string(value.year),
            ]
        }
        result["programmes"] = .list(TrainingProgramme.allCases.enumerated().map { index, programme in
            [
                "id": .string(index == 0 ? "trainingProgramme" : "trainingProgramme-\(programme.rawValue)"),
                "value": .string(programme.rawValue), "label": .string(programme.label),
                "checked": .bool(form.trainingProgramme == programme.rawValue),
            ]
        })
        result["trainingProgrammeError"] = TemplateValue(errors["trainingProgramme"])
        result["tutorSelect"] = StaffSelectView.values(.tutor, people: tutors, selected: form.tutor, error: errors["tutor"])
        result["mentorSelect"] = StaffSelectView.values(.mentor, people: mentors, selected: form.mentor, error: errors["mentor"])
        result.merge(ErrorSummary(errors, keys: ECTRegistrationForm.fieldNames).templateValues) { _, new in new }
        return result
    }

    private static func typedDate(_ name: String, _ values: FormValues) -> TypedDate {
        TypedDate(day: values["\(name)-day"], month: values["\(name)-month"], year: values["\(name)-year"])
    }
}
