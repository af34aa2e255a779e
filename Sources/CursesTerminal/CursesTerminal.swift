import CNcursesw
import ShopDashboard
