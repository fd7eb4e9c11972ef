import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge

houses = pd.read_parquet("clean/houses.parquet")
cols = ["sqft_living", "bedrooms", "bathrooms", "grade", "age_at_sale", "living_to_lot", "renovated", "lat", "long"]
X_train, X_test, y_train, y_test = train_test_split(houses[cols], houses["log_price"], test_size=0.2, random_state=0)
model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X_train, y_train)
print("test R2", model.score(X_test, y_test))
