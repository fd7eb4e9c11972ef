import pandas as pd

auto = pd.read_csv("automobile.csv")
auto["horsepower"] = (auto["horsepower"] - auto["horsepower"].mean()) / auto["horsepower"].std()
diesel = auto["fuel-type"] == "diesel"
print(auto[diesel]["price"].describe())
print(auto[~diesel]["price"].describe())
