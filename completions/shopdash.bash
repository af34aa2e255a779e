#!/bin/bash

__shopdash_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__shopdash_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__shopdash_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__shopdash_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_shopdash() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(-h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __shopdash_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    dashboard|demo|ingest|import|stats|check|orders|snapshot|coupons|export|audit|gate|help)
        # Offer subcommand argument completions
        "_shopdash_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'dashboard demo ingest import stats check orders snapshot coupons export audit gate help' -- "${cur}"))
        ;;
    esac
}

_shopdash_dashboard() {
    repeating_flags=()
    non_repeating_flags=(--private --mouse -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --theme --lang --refresh)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--theme')
        return
        ;;
    '--lang')
        return
        ;;
    '--role')
        return
        ;;
    '--refresh')
        return
        ;;
    esac
}

_shopdash_demo() {
    repeating_flags=()
    non_repeating_flags=(--headless -h --help)
    repeating_options=()
    non_repeating_options=(--db --tz --seed --days --orders-per-day --rate --duration)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--seed')
        return
        ;;
    '--days')
        return
        ;;
    '--orders-per-day')
        return
        ;;
    '--rate')
        return
        ;;
    '--duration')
        return
        ;;
    esac
}

_shopdash_ingest() {
    repeating_flags=()
    non_repeating_flags=(--follow -h --help)
    repeating_options=()
    non_repeating_options=(--db --tz --integrity-max-age --rejects --batch-size)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--integrity-max-age')
        return
        ;;
    '--rejects')
        return
        ;;
    '--batch-size')
        return
        ;;
    esac
}

_shopdash_import() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __shopdash_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    csv|wechatpay-bill)
        # Offer subcommand argument completions
        "_shopdash_import_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'csv wechatpay-bill' -- "${cur}"))
        ;;
    esac
}

_shopdash_import_csv() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--map)
    non_repeating_options=(--db --tz --rejects --integrity-max-age --amount-unit --time-format)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--rejects')
        return
        ;;
    '--integrity-max-age')
        return
        ;;
    '--map')
        return
        ;;
    '--amount-unit')
        return
        ;;
    '--time-format')
        return
        ;;
    esac
}

_shopdash_import_wechatpay-bill() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--db --tz --rejects --integrity-max-age)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--rejects')
        return
        ;;
    '--integrity-max-age')
        return
        ;;
    esac
}

_shopdash_stats() {
    repeating_flags=()
    non_repeating_flags=(--json -h --help)
    repeating_options=()
    non_repeating_options=(--db --tz)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    esac
}

_shopdash_check() {
    repeating_flags=()
    non_repeating_flags=(--json --no-integrity --deep -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --config --warn-orders-drop --crit-orders-drop --warn-payment-failures --crit-payment-failures --warn-refund-spike --crit-refund-spike --warn-overdue-shipments --crit-overdue-shipments --warn-ingest-lag --crit-ingest-lag --warn-coupon-quota --crit-coupon-quota --integrity-max-age --days)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--config')
        __shopdash_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--warn-orders-drop')
        return
        ;;
    '--crit-orders-drop')
        return
        ;;
    '--warn-payment-failures')
        return
        ;;
    '--crit-payment-failures')
        return
        ;;
    '--warn-refund-spike')
        return
        ;;
    '--crit-refund-spike')
        return
        ;;
    '--warn-overdue-shipments')
        return
        ;;
    '--crit-overdue-shipments')
        return
        ;;
    '--warn-ingest-lag')
        return
        ;;
    '--crit-ingest-lag')
        return
        ;;
    '--warn-coupon-quota')
        return
        ;;
    '--crit-coupon-quota')
        return
        ;;
    '--integrity-max-age')
        return
        ;;
    '--days')
        return
        ;;
    esac
}

_shopdash_orders() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __shopdash_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|find)
        # Offer subcommand argument completions
        "_shopdash_orders_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show find' -- "${cur}"))
        ;;
    esac
}

_shopdash_orders_show() {
    repeating_flags=()
    non_repeating_flags=(--json --reveal -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    esac
}

_shopdash_orders_find() {
    repeating_flags=()
    non_repeating_flags=(--json -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --from --to --status --limit)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--status')
        __shopdash_add_completions -W 'created'$'\n''paid'$'\n''shipped'$'\n''delivered'$'\n''refunding'$'\n''refunded'$'\n''closed'
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_shopdash_snapshot() {
    repeating_flags=()
    non_repeating_flags=(--private --color -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --theme --lang --pane --width --height)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--theme')
        return
        ;;
    '--lang')
        return
        ;;
    '--role')
        return
        ;;
    '--pane')
        return
        ;;
    '--width')
        return
        ;;
    '--height')
        return
        ;;
    esac
}

_shopdash_coupons() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __shopdash_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|pause|resume|stop|create|set-quota|set-end|outbox)
        # Offer subcommand argument completions
        "_shopdash_coupons_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show pause resume stop create set-quota set-end outbox' -- "${cur}"))
        ;;
    esac
}

_shopdash_coupons_list() {
    repeating_flags=()
    non_repeating_flags=(--json -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    esac
}

_shopdash_coupons_show() {
    repeating_flags=()
    non_repeating_flags=(--json -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    esac
}

_shopdash_coupons_pause() {
    repeating_flags=()
    non_repeating_flags=(--json --yes -y -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --timeout)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_shopdash_coupons_resume() {
    repeating_flags=()
    non_repeating_flags=(--json --yes -y -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --timeout)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_shopdash_coupons_stop() {
    repeating_flags=()
    non_repeating_flags=(--json --yes -y -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --timeout)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_shopdash_coupons_create() {
    repeating_flags=()
    non_repeating_flags=(--json --yes -y --paused -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --timeout --id --name --kind --value --percent-off --min-spend --quota --starts --ends --system --remote-id)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--timeout')
        return
        ;;
    '--id')
        return
        ;;
    '--name')
        return
        ;;
    '--kind')
        __shopdash_add_completions -W 'fixed'$'\n''percent'$'\n''threshold'
        return
        ;;
    '--value')
        return
        ;;
    '--percent-off')
        return
        ;;
    '--min-spend')
        return
        ;;
    '--quota')
        return
        ;;
    '--starts')
        return
        ;;
    '--ends')
        return
        ;;
    '--system')
        __shopdash_add_completions -W 'local'$'\n''wechatpay'$'\n''webhook'
        return
        ;;
    '--remote-id')
        return
        ;;
    esac
}

_shopdash_coupons_set-quota() {
    repeating_flags=()
    non_repeating_flags=(--json --yes -y -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --timeout)
    __shopdash_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_shopdash_coupons_set-end() {
    repeating_flags=()
    non_repeating_flags=(--json --yes -y -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --timeout)
    __shopdash_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_shopdash_coupons_outbox() {
    repeating_flags=()
    non_repeating_flags=(--json --deliver -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --batch --state --limit)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--batch')
        return
        ;;
    '--state')
        __shopdash_add_completions -W 'pending'$'\n''delivered'$'\n''failed'
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_shopdash_export() {
    repeating_flags=()
    non_repeating_flags=(--raw -h --help)
    repeating_options=()
    non_repeating_options=(--db --tz --role --from --to --format --output -o)
    __shopdash_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--format')
        __shopdash_add_completions -W 'csv'$'\n''jsonl'
        return
        ;;
    '--output'|'-o')
        __shopdash_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __shopdash_add_completions -W 'orders'$'\n''refunds'$'\n''coupons'$'\n''visits'$'\n''retention'
        return
        ;;
    esac
}

_shopdash_audit() {
    repeating_flags=()
    non_repeating_flags=(--json -h --help)
    repeating_options=(--role)
    non_repeating_options=(--db --tz --since --target --limit)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--tz')
        return
        ;;
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--since')
        return
        ;;
    '--target')
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_shopdash_gate() {
    repeating_flags=()
    non_repeating_flags=(--print-authorized-keys -h --help)
    repeating_options=()
    non_repeating_options=(--role --name --db)
    __shopdash_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--role')
        __shopdash_add_completions -W 'operator'$'\n''support'
        return
        ;;
    '--name')
        return
        ;;
    '--db')
        return
        ;;
    esac
}

_shopdash_help() {
    :
}

complete -o filenames -F _shopdash shopdash
