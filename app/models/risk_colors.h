#pragma once
// Warning colours shared by the tables, the alerts and the timeline: amber for at risk, red for
// late, each as a strong colour (marks, text) and a pale one (row backgrounds).
#include <QColor>

#include "app/session/dispatch_digest.h"

namespace chongal::app {

inline QColor riskColor(Risk r) {
    switch (r) {
        case Risk::Late:
            return {0xD1, 0x3B, 0x2E};
        case Risk::AtRisk:
            return {0xE0, 0x8A, 0x00};
        case Risk::None:
            break;
    }
    return {0x3A, 0x7D, 0x5C};
}

inline QColor riskBackground(Risk r) {
    switch (r) {
        case Risk::Late:
            return {0xFB, 0xE1, 0xDE};
        case Risk::AtRisk:
            return {0xFF, 0xF0, 0xCC};
        case Risk::None:
            break;
    }
    return {};
}

}  // namespace chongal::app
