import ShopModel
