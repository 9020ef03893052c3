// Keeps chongal_ui non-empty until its first widget lands.
namespace chongal::ui {
int placeholder() { return 0; }
}
