// Keeps chongal_app non-empty until its first class lands.
namespace chongal::app {
int placeholder() { return 0; }
}
