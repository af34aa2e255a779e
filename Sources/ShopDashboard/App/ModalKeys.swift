import ShopModel

func handleModalKey(_ state: inout AppState, _ modal: Modal, _ key: Key) -> [Effect] {
    switch modal {
    case .help:
        if key == .escape || key == .char("?") || key == .char("q") || key == .enter || key == .function(1) {
            state.modal = nil
        }
        return []
    case .palette(var input):
        switch key {
        case .escape:
            state.modal = nil
            return []
        case .enter:
            state.modal = nil
            return CommandPalette.run(input.text, &state)
        case .tab:
            if let first = CommandPalette.suggestions(for: input.text, state).first {
                input = LineEdit(first.completion, maxLength: input.maxLength)
                state.modal = .palette(input)
            }
            return []
        default:
            if input.apply(key) { state.modal = .palette(input) }
            return []
        }
    case .form(var form):
        switch key {
        case .escape:
            state.modal = nil
        case .tab, .down:
            form.focus = (form.focus + 1) % form.fields.count
            state.modal = .form(form)
        case .backTab, .up:
            form.focus = (form.focus + form.fields.count - 1) % form.fields.count
            state.modal = .form(form)
        case .enter:
            switch CouponFormCheck.validate(form, now: state.now, calendar: state.config.calendar) {
            case .invalid(var checked):
                // Straight to the first field that needs fixing.
                if let first = checked.fields.firstIndex(where: { checked.problems[$0] != nil }) { checked.focus = first }
                state.modal = .form(checked)
            case .valid(let command):
                let name = CouponsPane.batchName(for: command, state)
                state.modal = .confirm(PendingChange(command: command, batchName: name))
            }
        default:
            let field = form.fields[form.focus]
            var input = form.inputs[field] ?? LineEdit()
            if input.apply(key) {
                form.inputs[field] = input
                form.problems[field] = nil
                state.modal = .form(form)
            }
        }
        return []
    case .confirm(let pending):
        switch key {
        case .char("y"), .char("Y"), .enter:
            state.modal = nil
            // The role is checked again here: a confirmation can never outlive the permission.
            guard state.config.role.canChange else { return [] }
            say(&state, .applying)
            return [.coupon(pending.command)]
        case .char("n"), .char("N"), .escape:
            state.modal = nil
            say(&state, .cancelled)
            return []
        default:
            return []
        }
    }
}
