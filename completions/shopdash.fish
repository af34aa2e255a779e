function __shopdash_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __shopdash_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __shopdash_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __shopdash_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __shopdash_parse_tokens -S
    set -l unparsed_tokens (__shopdash_tokens -pc)
    switch $unparsed_tokens[1]
    case 'shopdash'
        __shopdash_parse_subcommand 0 'h/help'
        switch $unparsed_tokens[1]
        case 'dashboard'
            __shopdash_parse_subcommand 0 'db=' 'tz=' 'theme=' 'lang=' 'role=+' 'private' 'refresh=' 'mouse' 'h/help'
        case 'demo'
            __shopdash_parse_subcommand 0 'db=' 'tz=' 'seed=' 'days=' 'orders-per-day=' 'rate=' 'headless' 'duration=' 'h/help'
        case 'ingest'
            __shopdash_parse_subcommand 1 'db=' 'tz=' 'integrity-max-age=' 'follow' 'rejects=' 'batch-size=' 'h/help'
        case 'import'
            __shopdash_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'csv'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'rejects=' 'integrity-max-age=' 'map=+' 'amount-unit=' 'time-format=' 'h/help'
            case 'wechatpay-bill'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'rejects=' 'integrity-max-age=' 'h/help'
            end
        case 'stats'
            __shopdash_parse_subcommand 0 'db=' 'tz=' 'json' 'h/help'
        case 'check'
            __shopdash_parse_subcommand 0 'db=' 'tz=' 'role=+' 'json' 'config=' 'warn-orders-drop=' 'crit-orders-drop=' 'warn-payment-failures=' 'crit-payment-failures=' 'warn-refund-spike=' 'crit-refund-spike=' 'warn-overdue-shipments=' 'crit-overdue-shipments=' 'warn-ingest-lag=' 'crit-ingest-lag=' 'warn-coupon-quota=' 'crit-coupon-quota=' 'no-integrity' 'integrity-max-age=' 'deep' 'days=' 'h/help'
        case 'orders'
            __shopdash_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=+' 'json' 'reveal' 'h/help'
            case 'find'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=+' 'json' 'from=' 'to=' 'status=' 'limit=' 'h/help'
            end
        case 'snapshot'
            __shopdash_parse_subcommand 0 'db=' 'tz=' 'theme=' 'lang=' 'role=+' 'private' 'pane=' 'width=' 'height=' 'color' 'h/help'
        case 'coupons'
            __shopdash_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __shopdash_parse_subcommand 0 'db=' 'tz=' 'role=+' 'json' 'h/help'
            case 'show'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=+' 'json' 'h/help'
            case 'pause'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=+' 'json' 'y/yes' 'timeout=' 'h/help'
            case 'resume'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=+' 'json' 'y/yes' 'timeout=' 'h/help'
            case 'stop'
                __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=+' 'json' 'y/yes' 'timeout=' 'h/help'
            case 'create'
                __shopdash_parse_subcommand 0 'db=' 'tz=' 'role=+' 'json' 'y/yes' 'timeout=' 'id=' 'name=' 'kind=' 'value=' 'percent-off=' 'min-spend=' 'quota=' 'starts=' 'ends=' 'paused' 'system=' 'remote-id=' 'h/help'
            case 'set-quota'
                __shopdash_parse_subcommand 2 'db=' 'tz=' 'role=+' 'json' 'y/yes' 'timeout=' 'h/help'
            case 'set-end'
                __shopdash_parse_subcommand 2 'db=' 'tz=' 'role=+' 'json' 'y/yes' 'timeout=' 'h/help'
            case 'outbox'
                __shopdash_parse_subcommand 0 'db=' 'tz=' 'role=+' 'json' 'deliver' 'batch=' 'state=' 'limit=' 'h/help'
            end
        case 'export'
            __shopdash_parse_subcommand 1 'db=' 'tz=' 'role=' 'from=' 'to=' 'format=' 'raw' 'o/output=' 'h/help'
        case 'audit'
            __shopdash_parse_subcommand 0 'db=' 'tz=' 'role=+' 'json' 'since=' 'target=' 'limit=' 'h/help'
        case 'gate'
            __shopdash_parse_subcommand 0 'role=' 'name=' 'db=' 'print-authorized-keys' 'h/help'
        case 'help'
            __shopdash_parse_subcommand -r 1 
        end
    end
end

function __shopdash_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __shopdash_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __shopdash_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __shopdash_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__shopdash_tokens -p)
    if test -z "$(__shopdash_tokens -t)"
        set -l index (count (__shopdash_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'shopdash' -f
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'dashboard' -d 'Open the dashboard on the store (the default command).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'demo' -d 'Create a demo shop (if the store is empty) and keep selling live.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'ingest' -d 'Load JSON Lines events (orders, refunds, visits, coupons...) into the store.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'import' -d 'Import orders from a CSV export or a WeChat Pay trade bill.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'stats' -d 'Counts and totals in the store.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'check' -d 'Is the shop selling? Health checks for monitoring, with plugin exit codes.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'orders' -d 'Look up orders: one in full, or search by phone tail, nickname or product.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'snapshot' -d 'Print a pane of the dashboard as plain text (for scripts, mail, dumb terminals).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'coupons' -d 'List coupon batches and change them (operators only; every change is audited).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'export' -d 'Stream orders, refunds, coupons, visits or retention as CSV or JSON Lines.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'audit' -d 'The audit log: every change and reveal, who made it and from where.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'gate' -d 'Run a command that arrived over SSH with the role and name fixed for that key.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" theme' -l 'theme' -d 'Theme name: auto (the default: light or dark from $COLORFGBG, dark when it says nothing), or a file <name>.toml in $XDG_CONFIG_HOME/shopdash/themes or Themes/ (dark, light, high-contrast, monochrome).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" lang' -l 'lang' -d 'Label language: en or zh (default: from LANG/LC_ALL).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard"' -l 'role' -d 'Lower your role to support (read-only); operator (may change coupons and reveal personal data) only if you are one already. Repeated: the lowest wins.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" private' -l 'private' -d 'Privacy mode for a shared screen: hide money, nicknames, phones and addresses (P toggles it).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" refresh' -l 'refresh' -d 'Seconds between reloads of the pane\'s figures while the store changes (default 1).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" mouse' -l 'mouse' -d 'Let the mouse pick tabs and rows and scroll.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash dashboard" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" seed' -l 'seed' -d 'Seed of the demo shop: the same seed gives the same history.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" days' -l 'days' -d 'Whole days of history before today.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" orders-per-day' -l 'orders-per-day' -d 'Average orders a day in the history.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" rate' -l 'rate' -d 'Live orders per second, on average (default: as many as the history has at that hour).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" headless' -l 'headless' -d 'Only write to the store; do not open the dashboard.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" duration' -l 'duration' -d 'Seconds of live selling after the history (0: stop right after it; default: until Ctrl-C).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" integrity-max-age' -l 'integrity-max-age' -d 'Before writing, trust a passing quick_check younger than this many minutes instead of running it (default 0: run it now; it reads the whole store).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" follow' -l 'follow' -d 'Keep reading as the input grows (a file also across rotation, or a pipe) until SIGINT or SIGTERM; commits at least once a second.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" rejects' -l 'rejects' -d 'Where rejected lines go (default: INPUT.rejects; stdin.rejects in the current directory when reading standard input).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" batch-size' -l 'batch-size' -d 'Events per transaction.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash ingest" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash import" -eq 1' -fa 'csv' -d 'Import orders from any CSV export, mapping its columns to order fields.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash import" -eq 1' -fa 'wechatpay-bill' -d 'Import a WeChat Pay trade bill (交易账单: ALL, SUCCESS or REFUND) and reconcile it.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" tz' -l 'tz' -d 'Time zone of the file\'s times that carry no offset (default: the store\'s zone, Asia/Shanghai unless it was created with another). Does not change the store\'s zone.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" rejects' -l 'rejects' -d 'Where rejected lines go (default: INPUT.rejects).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" integrity-max-age' -l 'integrity-max-age' -d 'Before writing, trust a passing quick_check younger than this many minutes instead of running it (default 0: run it now; it reads the whole store).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv"' -l 'map' -d 'field=Column pairs, comma separated; repeatable. Fields: out_trade_no, transaction_id, customer, nickname, phone, city, created_at, paid_at, status, channel, coupon, total, discount, paid, sku, item_name, qty, unit_price, remark.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" amount-unit' -l 'amount-unit' -d 'yuan ("128.50") or fen ("12850").' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" time-format' -l 'time-format' -d 'Date pattern of the time columns, e.g. "dd/MM/yyyy HH:mm" (default: yyyy-MM-dd HH:mm:ss, RFC 3339 or Unix seconds). Read in --tz.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import csv" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import wechatpay-bill" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import wechatpay-bill" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import wechatpay-bill" rejects' -l 'rejects' -d 'Where rejected lines go (default: INPUT.rejects).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import wechatpay-bill" integrity-max-age' -l 'integrity-max-age' -d 'Before writing, trust a passing quick_check younger than this many minutes instead of running it (default 0: run it now; it reads the whole store).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash import wechatpay-bill" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash stats" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash stats" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash stats" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash stats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" config' -l 'config' -d 'Thresholds file (TOML).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" warn-orders-drop' -l 'warn-orders-drop' -d 'Percent fewer paid orders than a week ago that warns.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" crit-orders-drop' -l 'crit-orders-drop' -d '... that is critical.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" warn-payment-failures' -l 'warn-payment-failures' -d 'Percent of settled orders closed unpaid that warns.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" crit-payment-failures' -l 'crit-payment-failures' -d '... that is critical.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" warn-refund-spike' -l 'warn-refund-spike' -d 'Refunds as a multiple of the usual rate that warns.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" crit-refund-spike' -l 'crit-refund-spike' -d '... that is critical.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" warn-overdue-shipments' -l 'warn-overdue-shipments' -d 'Percent of last week\'s paid orders not shipped in time that warns.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" crit-overdue-shipments' -l 'crit-overdue-shipments' -d '... that is critical.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" warn-ingest-lag' -l 'warn-ingest-lag' -d 'Seconds since the newest event that warn.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" crit-ingest-lag' -l 'crit-ingest-lag' -d '... that are critical.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" warn-coupon-quota' -l 'warn-coupon-quota' -d 'Percent of a running batch\'s quota issued that warns.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" crit-coupon-quota' -l 'crit-coupon-quota' -d '... that is critical.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" no-integrity' -l 'no-integrity' -d 'Skip SQLite\'s quick_check (it reads the whole file).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" integrity-max-age' -l 'integrity-max-age' -d 'Reuse a quick_check result younger than this many minutes (default 60; 0: run it now).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" deep' -l 'deep' -d 'Also recompute the rollups of recent shop days from the raw tables and compare.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" days' -l 'days' -d 'Shop days --deep compares, ending today (default 7).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash orders" -eq 1' -fa 'show' -d 'The whole order: items, payment, coupon, refunds, logistics trail, audit.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash orders" -eq 1' -fa 'find' -d 'Search orders, newest first.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders show" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders show" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders show"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders show" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders show" reveal' -l 'reveal' -d 'Show phone and address in clear (operator only; audited).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" from' -l 'from' -d 'Created at or after (YYYY-MM-DD or RFC 3339).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" to' -l 'to' -d 'Created before the end of this day, or before this RFC 3339 time.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" status' -l 'status' -d 'Only orders in this status (created, paid, shipped, delivered, refunding, refunded, closed).' -rfka 'created paid shipped delivered refunding refunded closed'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" limit' -l 'limit' -d 'At most this many orders.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash orders find" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" theme' -l 'theme' -d 'Theme name: auto (the default: light or dark from $COLORFGBG, dark when it says nothing), or a file <name>.toml in $XDG_CONFIG_HOME/shopdash/themes or Themes/ (dark, light, high-contrast, monochrome).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" lang' -l 'lang' -d 'Label language: en or zh (default: from LANG/LC_ALL).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot"' -l 'role' -d 'Lower your role to support (read-only); operator (may change coupons and reveal personal data) only if you are one already. Repeated: the lowest wins.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" private' -l 'private' -d 'Privacy mode for a shared screen: hide money, nicknames, phones and addresses (P toggles it).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" pane' -l 'pane' -d 'The pane to print: overview, sales, feed, orders, coupons, visits, logistics or all.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" width' -l 'width' -d 'Columns (default: the terminal\'s width, or 100 when not writing to a terminal).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" height' -l 'height' -d 'Rows (default: the terminal\'s height, or 40 when not writing to a terminal).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" color' -l 'color' -d 'Colour the text with the theme (SGR sequences).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash snapshot" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'list' -d 'Every batch with issued, redeemed, discount and GMV.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'show' -d 'One batch in full, with its audit trail.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'pause' -d 'Pause a running batch: no more coupons are issued.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'resume' -d 'Resume a paused batch.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'stop' -d 'Stop a batch for good (it cannot be resumed).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'create' -d 'Create a coupon batch.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'set-quota' -d 'Change how many coupons a batch may issue (not below those issued).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'set-end' -d 'Move a batch\'s end (a day runs through its last second).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash coupons" -eq 1' -fa 'outbox' -d 'Changes on their way to WeChat Pay or the shop\'s backend, and how each ended.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons list" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons list" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons list"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons list" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons show" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons show" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons show"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons show" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause" y yes' -l 'yes' -s 'y' -d 'Do not ask; required when stdin is not a terminal.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause" timeout' -l 'timeout' -d 'Seconds to wait for WeChat Pay or the webhook to confirm (default 15).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons pause" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume" y yes' -l 'yes' -s 'y' -d 'Do not ask; required when stdin is not a terminal.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume" timeout' -l 'timeout' -d 'Seconds to wait for WeChat Pay or the webhook to confirm (default 15).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop" y yes' -l 'yes' -s 'y' -d 'Do not ask; required when stdin is not a terminal.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop" timeout' -l 'timeout' -d 'Seconds to wait for WeChat Pay or the webhook to confirm (default 15).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons stop" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" y yes' -l 'yes' -s 'y' -d 'Do not ask; required when stdin is not a terminal.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" timeout' -l 'timeout' -d 'Seconds to wait for WeChat Pay or the webhook to confirm (default 15).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" id' -l 'id' -d 'Batch id (unique).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" name' -l 'name' -d 'Name shown to customers.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" kind' -l 'kind' -d 'fixed, percent or threshold.' -rfka 'fixed percent threshold'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" value' -l 'value' -d 'Amount off in yuan (fixed, threshold).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" percent-off' -l 'percent-off' -d 'Percent off (percent).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" min-spend' -l 'min-spend' -d 'Minimum spend in yuan.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" quota' -l 'quota' -d 'How many coupons may be issued.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" starts' -l 'starts' -d 'Start (default: now).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" ends' -l 'ends' -d 'End: YYYY-MM-DD (through that day) or RFC 3339.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" paused' -l 'paused' -d 'Create it paused.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" system' -l 'system' -d 'Where the batch lives: local, wechatpay or webhook (default local).' -rfka 'local wechatpay webhook'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" remote-id' -l 'remote-id' -d 'Its id in that system when it exists there already (a WeChat Pay stock id).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota" y yes' -l 'yes' -s 'y' -d 'Do not ask; required when stdin is not a terminal.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota" timeout' -l 'timeout' -d 'Seconds to wait for WeChat Pay or the webhook to confirm (default 15).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-quota" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end" y yes' -l 'yes' -s 'y' -d 'Do not ask; required when stdin is not a terminal.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end" timeout' -l 'timeout' -d 'Seconds to wait for WeChat Pay or the webhook to confirm (default 15).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons set-end" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" deliver' -l 'deliver' -d 'Deliver the changes that are due before listing.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" batch' -l 'batch' -d 'Only this batch.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" state' -l 'state' -d 'Only pending, delivered or failed.' -rfka 'pending delivered failed'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" limit' -l 'limit' -d 'At most this many changes (default 50).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash coupons outbox" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" role' -l 'role' -d 'operator or support (both may export; phones stay masked).' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_positional "shopdash export" -eq 1' -fka 'orders refunds coupons visits retention'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" from' -l 'from' -d 'From this day or time on.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" to' -l 'to' -d 'Up to the end of this day, or this time.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" format' -l 'format' -d 'csv or jsonl.' -rfka 'csv jsonl'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" raw' -l 'raw' -d 'CSV: no \' before cells a spreadsheet would run as a formula (= + - @ tab CR).'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" o output' -l 'output' -s 'o' -d 'Write to this file instead of stdout.' -rF
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" db' -l 'db' -d 'The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" tz' -l 'tz' -d 'The shop\'s time zone for days and \'today\' (default: Asia/Shanghai).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit"' -l 'role' -d 'Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" json' -l 'json' -d 'Print stable JSON instead of text.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" since' -l 'since' -d 'Only entries at or after this time.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" target' -l 'target' -d 'Only entries for this target (coupon:ID or order:NO).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" limit' -l 'limit' -d 'At most this many entries.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash gate" role' -l 'role' -d 'The role of this key: operator or support.' -rfka 'operator support'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash gate" name' -l 'name' -d 'Who this key belongs to, for the audit log.' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash gate" db' -l 'db' -d 'The store this key may use (default: as for every command).' -rfka ''
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash gate" print-authorized-keys' -l 'print-authorized-keys' -d 'Print example authorized_keys lines for this binary and exit.'
complete -c 'shopdash' -n '__shopdash_should_offer_completions_for_flags_or_options "shopdash gate" h help' -s 'h' -l 'help' -d 'Show help information.'
