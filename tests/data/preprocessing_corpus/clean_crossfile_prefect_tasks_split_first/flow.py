from prefect import flow

from tasks import load, train


@flow
def pipeline(path="data/spam.csv"):
    return train(load(path))


if __name__ == "__main__":
    pipeline()
